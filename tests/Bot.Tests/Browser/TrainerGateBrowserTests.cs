using Microsoft.Playwright;
using ShopBot.Bot.Tests.Trainers;

namespace ShopBot.Bot.Tests.Browser;

/// <summary>
/// The trainer console in Chromium on a small model: a retrain on swapped examples shows the side-by-side comparison
/// in Chinese and is not promoted; 仍然上线 promotes it; 回滚 restores the model before it. On the way: Chinese intent
/// names, line numbers beside the example editor, and "add this sentence" held back when the model disagrees.
/// </summary>
public sealed class TrainerGateBrowserTests(BrowserFixture chromium) : IClassFixture<BrowserFixture>, IDisposable
{
    private const float Timeout = 30_000;
    private readonly TrainerHost _host = new(kestrel: true, examplesPerIntent: 20, new Dictionary<string, string?> { ["Intents:CrossValidationFolds"] = "2" });

    [Fact]
    public async Task A_worse_model_is_shown_side_by_side_in_chinese_and_goes_live_only_when_overridden()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_host.Address, "trainer/").ToString());
        await page.Locator("#key").FillAsync(TrainerHost.Key);
        await page.Locator("#sign-in button[type=submit]").ClickAsync();
        await page.Locator("#model-status").GetByText("启动时加载的模型").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        Assert.True(await page.Locator("#rollback").IsHiddenAsync());

        await page.Locator("#example-intents button[data-name='thanks']").ClickAsync();
        await page.Locator("#example-name").GetByText("致谢（thanks）").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        var lines = (await page.Locator("#example-text").InputValueAsync()).Split('\n').Length;
        Assert.Equal(string.Join('\n', Enumerable.Range(1, lines)), await page.Locator("#example-gutter").TextContentAsync());

        await page.Locator("#try-text").FillAsync("转人工");
        await page.Locator("#try-form button[type=submit]").ClickAsync();
        await page.Locator("#try-result").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        Assert.StartsWith("转人工（human）", await page.Locator("#try-intent").TextContentAsync(), StringComparison.Ordinal);
        await page.Locator("#add-intent").SelectOptionAsync("thanks");
        await page.Locator("#add-example").ClickAsync();
        await page.Locator("#add-warning").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        Assert.Contains("现用模型很确定这句是“转人工”", await page.Locator("#add-warning-text").TextContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("转人工", File.ReadAllLines(Path.Combine(_host.IntentsFolder, "thanks.txt")));

        PromotionGateTests.SwapExamples(_host, "track.txt", "hurry.txt");
        await page.Locator("#retrain").ClickAsync();
        await page.Locator("#gate").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });

        Assert.Equal("新模型比正在使用的模型差，没有上线", await page.Locator("#gate-title").TextContentAsync());
        Assert.Contains("新模型没有上线", await page.Locator("#retrain-status").TextContentAsync(), StringComparison.Ordinal);
        var worse = await page.Locator("#gate-rows tr.worse td:first-child").AllTextContentsAsync();
        Assert.Contains("查物流（track） ★", worse);
        Assert.Contains("催发货（hurry） ★", worse);
        Assert.Contains("查物流（track）的 F1 从", await page.Locator("#gate-reasons").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("在范围内答错：现用模型", await page.Locator("#gate-summary").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#override").IsVisibleAsync());
        Assert.True(await page.Locator("#eval-report").IsHiddenAsync());
        var screenshots = Path.Combine(RepositoryRoot.Path, "docs", "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.Locator("#evaluation").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(screenshots, "trainer-gate.png") });

        await page.Locator("#override").ClickAsync();
        await page.Locator("#gate-title").GetByText("已按要求强制上线").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        await page.Locator("#model-status").GetByText("（强制上线）").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        Assert.True(await page.Locator("#override").IsHiddenAsync());

        await page.Locator("#rollback").ClickAsync();
        await page.Locator("#retrain-status").GetByText("已回滚到上一个模型").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        await page.Locator("#model-status").GetByText("启动时的模型").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        using var client = _host.Trainer();
        Assert.Equal("track", await PromotionGateTests.TopIntentAsync(client, "我的快递到哪了 发货好几天了还没到"));
    }

    public void Dispose() => _host.Dispose();
}
