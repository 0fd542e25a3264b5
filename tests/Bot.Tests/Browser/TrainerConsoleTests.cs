using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ShopBot.Bot.Tests.Trainers;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Bot.Tests.Browser;

public sealed class TrainerConsoleTests(BrowserFixture chromium) : IClassFixture<BrowserFixture>, IDisposable
{
    private const float Timeout = 30_000;
    private readonly TrainerHost _host = new(kestrel: true);

    [Fact]
    public async Task Trainer_signs_in_tries_an_utterance_sees_a_refused_template_and_reads_the_evaluation()
    {
        // The host trains its first intent model at start-up; on a busy machine that alone can outlast a page's wait.
        _ = await Task.Run(() => _host.Services.GetRequiredService<IntentModelHost>().Current);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };
        var templateFile = Path.Combine(_host.KnowledgeBase, "templates", "greeting.yaml");
        var before = await File.ReadAllBytesAsync(templateFile);

        var response = await page.GotoAsync(new Uri(_host.Address, "trainer/").ToString());
        Assert.Contains("script-src 'self'", response!.Headers["content-security-policy"], StringComparison.Ordinal);
        await page.Locator("#key").FillAsync(TrainerHost.Key);
        await page.Locator("#sign-in button[type=submit]").ClickAsync();
        await page.Locator("#who").GetByText(TrainerHost.TrainerName).WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });

        await page.Locator("#try-buyer").SelectOptionAsync("阿福的杂货铺");
        await page.Locator("#try-text").FillAsync("<b>能不能快点发货</b>");
        await page.Locator("#try-form button[type=submit]").ClickAsync();
        await page.Locator("#try-result").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        Assert.StartsWith("催发货（hurry）", await page.Locator("#try-intent").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(19, await page.Locator("#try-scores li").CountAsync());
        Assert.Contains("hurry.noted_within_promise", await page.Locator("#try-replies").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#try-result b").CountAsync());

        await page.Locator("#template-files button[data-name='greeting.yaml']").ClickAsync();
        await Expect(page.Locator("#template-text"), "area: greeting");
        var yaml = await page.Locator("#template-text").InputValueAsync();
        await page.Locator("#template-text").FillAsync(yaml.Replace("  welcome:\n", "  welcome:\n    - 本店全网最低价！\n", StringComparison.Ordinal));
        await page.Locator("#template-save").ClickAsync();
        await page.Locator("#template-problems li").First.WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        Assert.Contains("superlative", await page.Locator("#template-problems").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(templateFile));

        await page.Locator("#retrain").ClickAsync();
        await page.Locator("#eval-report").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        await page.WaitForFunctionAsync("() => document.getElementById('confusion').complete && document.getElementById('confusion').naturalWidth > 0", null, new PageWaitForFunctionOptions { Timeout = Timeout });
        Assert.Contains("macro-F1", await page.Locator("#eval-summary").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(19, await page.Locator("#eval-rows tr").CountAsync());
        Assert.Empty(violations);

        var screenshots = Path.Combine(RepositoryRoot.Path, "docs", "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "trainer.png"), FullPage = true });
    }

    [Fact]
    public async Task A_wrong_key_keeps_the_console_closed()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(_host.Address, "trainer").ToString());
        await page.Locator("#key").FillAsync("not-the-trainer-key-0123456789");
        await page.Locator("#sign-in button[type=submit]").ClickAsync();

        await page.Locator("#sign-in-error").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        Assert.True(await page.Locator("#app").IsHiddenAsync());
    }

    public void Dispose() => _host.Dispose();

    private static async Task Expect(ILocator textarea, string fragment)
    {
        for (var i = 0; i < 100 && !(await textarea.InputValueAsync()).Contains(fragment, StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
        }

        Assert.Contains(fragment, await textarea.InputValueAsync(), StringComparison.Ordinal);
    }
}
