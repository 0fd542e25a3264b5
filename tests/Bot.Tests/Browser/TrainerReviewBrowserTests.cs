using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ShopBot.Bot.Records;
using ShopBot.Bot.Tests.Trainers;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Bot.Tests.Browser;

/// <summary>
/// The 待复核 tab in Chromium: the inbox from the turn records, in Chinese, with the bot's guess and the conversation;
/// one click labels a line into an intent's examples, another dismisses a line, and both leave the inbox.
/// </summary>
public sealed class TrainerReviewBrowserTests(BrowserFixture chromium) : IClassFixture<BrowserFixture>, IDisposable
{
    private const float Timeout = 30_000;
    private readonly TrainerHost _host = new(kestrel: true);

    [Fact]
    public async Task A_trainer_labels_one_line_and_dismisses_another_in_the_review_tab()
    {
        // The host trains its first intent model at start-up; on a busy machine that alone can outlast a page's wait.
        _ = await Task.Run(() => _host.Services.GetRequiredService<IntentModelHost>().Current);
        var records = _host.Services.GetRequiredService<IConversationRecords>();
        var at = DateTimeOffset.UtcNow.AddMinutes(-5);
        await records.AddTurnAsync(Turn("c1", at, "我那个东西", "other", "not_understood"));
        await records.AddTurnAsync(Turn("c2", at.AddSeconds(1), "帮我看看单子", "track", "answered"));
        await records.AddTurnAsync(Turn("c2", at.AddSeconds(2), "不是 我说的是开发票", "invoice", "answered"));
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_host.Address, "trainer/").ToString());
        await page.Locator("#key").FillAsync(TrainerHost.Key);
        await page.Locator("#sign-in button[type=submit]").ClickAsync();
        await page.Locator("#review-count").GetByText("（2）").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });

        await page.Locator("#tab-review").ClickAsync();

        Assert.True(await page.Locator("#train-panel").IsHiddenAsync());
        var vague = page.Locator("#review-items > li", new PageLocatorOptions { HasText = "我那个东西" });
        Assert.Contains("机器人没听懂", await vague.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("机器人的判断：其他（other）", await vague.TextContentAsync(), StringComparison.Ordinal);
        var corrected = page.Locator("#review-items > li", new PageLocatorOptions { HasText = "帮我看看单子" });
        Assert.Contains("买家随后纠正", await corrected.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("买家：不是 我说的是开发票（开发票）", await corrected.Locator(".context li:not(.reviewed)").TextContentAsync());

        var screenshots = Path.Combine(RepositoryRoot.Path, "docs", "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.Locator("#review").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(screenshots, "trainer-review.png") });

        await vague.Locator("select").SelectOptionAsync("quality_return");
        await vague.Locator("button.label").ClickAsync();
        await page.Locator("#notice").GetByText("“我那个东西”已加入").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        Assert.Contains("我那个东西", File.ReadAllLines(Path.Combine(_host.IntentsFolder, "quality_return.txt")));
        await vague.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = Timeout });

        await corrected.Locator("button.dismiss").ClickAsync();
        await page.Locator("#review-empty").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        Assert.Equal("没有待复核的句子。", await page.Locator("#review-empty").TextContentAsync());
    }

    public void Dispose() => _host.Dispose();

    private static BotTurnRecord Turn(string conversation, DateTimeOffset at, string text, string intent, string outcome) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        At = at,
        ConversationId = conversation,
        BuyerId = "橙子不酸",
        Text = text,
        Intent = intent,
        Confidence = 0.42f,
        RunnerUp = "quality_return",
        RunnerUpConfidence = 0.2f,
        Decision = "answer",
        Outcome = outcome,
    };
}
