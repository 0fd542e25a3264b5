using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ShopBot.Bot.Tests.Hosting;

namespace ShopBot.Bot.Tests.Browser;

/// <summary>The real agent console in Chromium while Redis crashes and comes back.</summary>
public sealed class AgentConsoleOutageTests(BrowserFixture chromium) : IClassFixture<BrowserFixture>
{
    private const float Timeout = 20_000;
    private const string Outage = "网络开小差了，操作暂未完成，请稍后再试；系统恢复后本提示会自动消失。";

    [Fact]
    public async Task The_console_shows_a_Chinese_notice_during_an_outage_keeps_the_agent_signed_in_and_clears_it_afterwards()
    {
        await using var redis = await RestartableRedisServer.StartAsync();
        using var host = new OutageKestrelHost(redis.Endpoint);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.Address, "agent").ToString());
        await page.Locator("#agent-key").FillAsync(OutageKestrelHost.AgentKey);
        await page.Locator("#sign-in-button").ClickAsync();
        await page.Locator("#desk").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        var live = new LocatorAssertionsToHaveClassOptions { Timeout = Timeout };
        await Assertions.Expect(page.Locator("#stream-state")).ToHaveClassAsync(new Regex("live"), live);

        await redis.KillAsync();
        await page.Locator("#claim-next").ClickAsync();
        await Assertions.Expect(page.Locator("#notice")).ToHaveTextAsync(Outage, new LocatorAssertionsToHaveTextOptions { Timeout = Timeout });

        // A reload during the outage keeps the remembered key instead of sending the agent back to the key form.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#notice")).ToHaveTextAsync(Outage, new LocatorAssertionsToHaveTextOptions { Timeout = Timeout });
        Assert.True(await page.Locator("#sign-in").IsHiddenAsync());

        await redis.RestartAsync();
        await page.Locator("#notice").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden, Timeout = Timeout });
        await Assertions.Expect(page.Locator("#stream-state")).ToHaveClassAsync(new Regex("live"), live);
        Assert.True(await page.Locator("#desk").IsVisibleAsync());
    }
}
