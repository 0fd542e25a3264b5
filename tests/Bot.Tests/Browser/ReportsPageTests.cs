using Microsoft.Playwright;
using ShopBot.Bot.Records;
using ShopBot.Bot.Tests.Reports;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Bot.Tests.Browser;

/// <summary>The owner's page <c>/reports</c> in real Chromium, over a week of recorded conversations.</summary>
public sealed class ReportsPageTests(BrowserFixture chromium) : IClassFixture<BrowserFixture>, IDisposable
{
    private const float Timeout = 30_000;
    private readonly ReportsTestHost _host = new(kestrel: true);

    [Fact]
    public async Task The_supervisor_sees_the_weeks_figures_as_charts_and_tables_in_Chinese()
    {
        await SeedWeekAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };
        page.PageError += (_, error) => violations.Add(error);

        var response = await page.GotoAsync(new Uri(_host.Address, "reports/").ToString());
        Assert.Contains("script-src 'self'", response!.Headers["content-security-policy"], StringComparison.Ordinal);
        await page.Locator("#key").FillAsync(ReportsTestHost.SupervisorKey);
        await page.Locator("#sign-in button[type=submit]").ClickAsync();
        await page.WaitForFunctionAsync("() => document.body.dataset.loaded", null, new PageWaitForFunctionOptions { Timeout = Timeout });

        Assert.Equal(ReportsTestHost.SupervisorName, await page.Locator("#who").TextContentAsync());
        Assert.Equal("12", await page.Locator("#k-conversations").TextContentAsync());
        Assert.Equal("5", await page.Locator("#k-resolved").TextContentAsync());
        Assert.Equal("4.50 分", await page.Locator("#k-csat").TextContentAsync());
        foreach (var chart in new[] { "#chart-days", "#chart-reasons", "#chart-intents" })
        {
            Assert.Equal(1, await page.Locator(chart + " canvas").CountAsync());
            Assert.True(await page.Locator(chart + " canvas").EvaluateAsync<bool>("c => c.width > 100 && c.height > 100"));
        }

        // Something was drawn: the day chart's canvas is not blank.
        Assert.True(await page.Locator("#chart-days canvas").EvaluateAsync<bool>(
            "c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true; return false; }"));
        Assert.Equal("有没有优惠券", await page.Locator("#unanswered tr td").First.TextContentAsync());
        Assert.Contains(ReportsTestHost.AgentName, await page.Locator("#agents").TextContentAsync(), StringComparison.Ordinal);
        Assert.Empty(violations);

        var screenshots = Path.Combine(RepositoryRoot.Path, "docs", "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "reports.png"), FullPage = true });
    }

    [Fact]
    public async Task An_agent_key_is_told_it_may_not_read_the_reports()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(_host.Address, "reports").ToString());
        await page.Locator("#key").FillAsync(ReportsTestHost.AgentKey);
        await page.Locator("#sign-in button[type=submit]").ClickAsync();

        await page.Locator("#sign-in-error").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        Assert.Contains("主管密钥", await page.Locator("#sign-in-error").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#app").IsHiddenAsync());
    }

    public void Dispose() => _host.Dispose();

    /// <summary>Twelve conversations over the past week, two days before now at the latest, so none is still open.</summary>
    private async Task SeedWeekAsync()
    {
        var today = ShanghaiTime.StartOf(ShanghaiTime.Today(TimeProvider.System));
        var records = _host.Records;
        var n = 0;
        async Task Conversation(int daysAgo, string intent, string text, string outcome = "answered", string? trigger = null, params (ConversationEventKind Kind, int Minutes, int? Rating)[] events)
        {
            var id = "seed-" + ++n;
            var at = today.AddDays(-daysAgo).AddHours(10).AddMinutes(n);
            await records.AddTurnAsync(new BotTurnRecord
            {
                Id = id, At = at, ConversationId = id, BuyerId = "buyer-" + n, Text = text, Intent = intent, Confidence = 0.9f,
                Decision = "answer", Outcome = outcome, HandoffTrigger = trigger, OrderNumber = "O" + n,
            });
            foreach (var (kind, minutes, rating) in events)
            {
                var agent = kind is ConversationEventKind.AgentJoined or ConversationEventKind.AgentReplied or ConversationEventKind.Closed ? ReportsTestHost.AgentId : null;
                await records.AddEventAsync(new ConversationEvent(id + kind + minutes, at.AddMinutes(minutes), id, kind, agent, rating));
            }
        }

        (ConversationEventKind, int, int?)[] Served(int rating) =>
            [(ConversationEventKind.Queued, 0, null), (ConversationEventKind.AgentJoined, 3, null), (ConversationEventKind.AgentReplied, 4, null), (ConversationEventKind.Closed, 12, null), (ConversationEventKind.Rated, 13, rating)];

        await Conversation(6, "track", "我的快递到哪了");
        await Conversation(6, "hurry", "能不能快点发货");
        await Conversation(5, "human", "人工客服", trigger: "buyer_asked", events: Served(5));
        await Conversation(5, "invoice", "我要开发票");
        await Conversation(4, "other", "有没有优惠券", "not_understood");
        await Conversation(4, "complaint", "我要投诉", trigger: "complaint", events: Served(4));
        await Conversation(3, "track", "快递怎么还没到");
        await Conversation(3, "human", "转人工", trigger: "buyer_asked", events: [(ConversationEventKind.Queued, 0, null), (ConversationEventKind.LeftQueue, 5, null)]);
        await Conversation(2, "other", "有没有优惠券", "clarifying");
        await Conversation(2, "refund_unshipped", "不想要了退款");
        await Conversation(2, "quality_return", "杯子裂了", trigger: "flow_needs_person", events: Served(5).Take(3).ToArray());
        await Conversation(2, "other", "有没有优惠券", "not_understood", trigger: "repeated_failures", events: [(ConversationEventKind.Queued, 0, null)]);
    }
}
