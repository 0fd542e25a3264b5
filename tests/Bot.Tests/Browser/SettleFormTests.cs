using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ShopBot.Bot.Tests.Agents;
using ShopBot.Bot.Tests.Finance;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Bot.Tests.Browser;

/// <summary>An agent settles a buyer's return through the console's form: the buyer reads the outcome in Web Chat and the register lists it.</summary>
public sealed partial class SettleFormTests(AgentKestrelHost host, BrowserFixture chromium) : IClassFixture<AgentKestrelHost>, IClassFixture<BrowserFixture>
{
    private const float Timeout = 30_000;
    private const string Order = "3615280417723305921";

    [Fact]
    public async Task An_agent_settles_a_return_with_a_refund_and_postage_and_the_buyer_and_the_register_see_it()
    {
        await using var agentContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await using var buyerContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var agent = await SignInAsync(agentContext);
        var buyer = await buyerContext.NewPageAsync();
        await buyer.GotoAsync(host.Address.ToString());
        await buyer.BubbleMatching(Welcome()).WaitForAsync(Wait);
        var conversationId = (await buyer.Locator("#webchat").GetAttributeAsync("data-conversation-id"))!;
        var buyerId = await buyer.Locator("#buyer-select").InputValueAsync();
        await buyer.SayAndWaitForAsync("人工客服", buyer.BubbleMatching(QueuedNotice()), Timeout);

        // The return the quality flow would have opened in this conversation.
        var opened = await host.Services.GetRequiredService<ICaseStore>().OpenAsync(
            CaseDraft.ReturnOrExchange(buyerId, conversationId, Order, exchange: false, "杯子收到时杯盖裂了", []));
        var queued = agent.Locator($"#queue li[data-conversation-id='{conversationId}']");
        await queued.Locator("button.claim").ClickAsync();
        var item = agent.Locator($"#cases li[data-case-id='{opened.Id}']");
        await item.Locator("button.settle-open").ClickAsync();

        await agent.Locator("#settle-outcome").SelectOptionAsync("refunded");
        await agent.Locator("#settle-refund").FillAsync("59.9");
        await agent.Locator("#settle-postage").FillAsync("10");
        await agent.Locator("#settle-note").FillAsync("退货已签收，原路退款");
        await SaveScreenshotAsync(agent, "settle.png");
        await agent.Locator("#settle-submit").ClickAsync();

        var result = agent.Locator("#settle-result");
        await Assertions.Expect(result).ToContainTextAsync("已退款", new LocatorAssertionsToContainTextOptions { Timeout = Timeout });
        Assert.Contains("退款 ¥59.90 · 运费 ¥10.00", await result.TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await agent.Locator("#settle-form").IsHiddenAsync());
        await Assertions.Expect(item.Locator(".settle-done")).ToHaveTextAsync("已退款");

        await buyer.Bubble("退款59.90元").WaitForAsync(Wait);
        Assert.True(await result.IsVisibleAsync(), "the result stays when the conversation is drawn again with the buyer's message");
        Assert.Contains("运费10.00元", await buyer.Bubble("退款59.90元").TextContentAsync(), StringComparison.Ordinal);

        var settled = await host.Services.GetRequiredService<ICaseStore>().GetAsync(opened.Id);
        var date = ShanghaiTime.DateOf(settled!.ResolvedAt!.Value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var http = new HttpClient { BaseAddress = host.Address };
        var lines = await RegisterEndpointTests.DownloadAsync(http, date, AgentTestHost.KeyA);
        Assert.Equal($"{date},=\"{Order}\",退货,10.00,59.90,0.00,{AgentTestHost.AgentA},{opened.Id},已处理,已退款", Assert.Single(lines, l => l.Contains(opened.Id, StringComparison.Ordinal)));
        Assert.StartsWith("合计,,,10.00,59.90,", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_settlement_shows_the_servers_reason_and_keeps_the_form()
    {
        await using var agentContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        await using var buyerContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var agent = await SignInAsync(agentContext, AgentTestHost.KeyB);
        var buyer = await buyerContext.NewPageAsync();
        await buyer.GotoAsync(host.Address.ToString());
        await buyer.BubbleMatching(Welcome()).WaitForAsync(Wait);
        var conversationId = (await buyer.Locator("#webchat").GetAttributeAsync("data-conversation-id"))!;
        var buyerId = await buyer.Locator("#buyer-select").InputValueAsync();
        await buyer.SayAndWaitForAsync("人工客服", buyer.BubbleMatching(QueuedNotice()), Timeout);
        var opened = await host.Services.GetRequiredService<ICaseStore>().OpenAsync(
            new CaseDraft(CaseKind.Compensation, buyerId, conversationId, Order) { Description = "<img src=x onerror=\"window.__pwned=1\">污点" });
        await agent.Locator($"#queue li[data-conversation-id='{conversationId}'] button.claim").ClickAsync();
        await agent.Locator($"#cases li[data-case-id='{opened.Id}'] button.settle-open").ClickAsync();

        await agent.Locator("#settle-outcome").SelectOptionAsync("compensated");
        await agent.Locator("#settle-compensation").FillAsync("50");
        await agent.Locator("#settle-submit").ClickAsync();

        await Assertions.Expect(agent.Locator("#settle-error")).ToContainTextAsync("主管", new LocatorAssertionsToContainTextOptions { Timeout = Timeout });
        Assert.True(await agent.Locator("#settle-form").IsVisibleAsync());
        Assert.Equal(CaseStatus.Open, (await host.Services.GetRequiredService<ICaseStore>().GetAsync(opened.Id))!.Status);
        Assert.Null(await agent.EvaluateAsync<int?>("() => window.__pwned"));
    }

    private static LocatorWaitForOptions Wait => new() { Timeout = Timeout };

    private async Task<IPage> SignInAsync(IBrowserContext context, string key = AgentTestHost.KeyA)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.Address, "agent").ToString());
        await page.Locator("#agent-key").FillAsync(key);
        await page.Locator("#sign-in-button").ClickAsync();
        await page.Locator("#desk").WaitForAsync(Wait);
        await Assertions.Expect(page.Locator("#presence")).ToHaveValueAsync("online");
        await Assertions.Expect(page.Locator("#stream-state")).ToHaveClassAsync(new Regex("live"), new LocatorAssertionsToHaveClassOptions { Timeout = Timeout });
        return page;
    }

    /// <summary>The README's screenshot of the settle form comes from this real settlement.</summary>
    private static async Task SaveScreenshotAsync(IPage page, string fileName)
    {
        var screenshots = Path.Combine(RepositoryRoot.Path, "docs", "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, fileName), FullPage = true });
    }

    [GeneratedRegex("欢迎|您好")]
    private static partial Regex Welcome();

    [GeneratedRegex(@"第\d+位")]
    private static partial Regex QueuedNotice();
}
