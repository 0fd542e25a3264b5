using ShopBot.TestSupport;
using Microsoft.Playwright;
using ShopBot.Bot.Tests.Hosting;

namespace ShopBot.Bot.Tests.Browser;

/// <summary>The real buyer page in Chromium while the host is stopped and started again on the same address.</summary>
public sealed class BuyerPageRestartTests(BrowserFixture chromium) : IClassFixture<BrowserFixture>
{
    private const float Timeout = 60_000;

    [Fact]
    public async Task After_a_server_restart_the_page_says_it_is_reconnecting_then_resumes_the_same_conversation()
    {
        await using var redis = await RestartableRedisServer.StartAsync();
        var prefix = $"restart-page-{Guid.NewGuid():N}";
        var port = LoopbackPorts.Free();
        await using var first = new RestartingKestrelHost(redis.Endpoint, prefix, port);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        // The first page of a test run may wait for the intent model to be trained.
        await page.GotoAsync(first.Address.ToString(), new PageGotoOptions { Timeout = 120_000 });
        await page.SendBox().WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        var conversationId = await page.Locator("#webchat").GetAttributeAsync("data-conversation-id");
        // The welcome first: the send box shows before the chat is connected, and a line typed then may never be sent,
        // while the welcome arriving late would pass for the answer to it.
        await page.BotBubbles().First.WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        await page.SayAndWaitForAnswerAsync("你好", Timeout);
        var shownBefore = await page.BotBubbles().CountAsync();

        await first.DisposeAsync();

        // Nothing of the buyer's is waiting to be sent, so the page says it is reconnecting (a typing post is not retried).
        await page.Locator("#notice[data-trouble='true']").Filter(new LocatorFilterOptions { HasText = "重新连接中" }).WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        await using var second = new RestartingKestrelHost(redis.Endpoint, prefix, port);
        Assert.Equal(port, second.Address.Port);
        await page.Locator("#notice").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden, Timeout = Timeout });

        await page.SayAndWaitForAnswerAsync("人工客服", Timeout);
        Assert.Equal(conversationId, await page.Locator("#webchat").GetAttributeAsync("data-conversation-id"));
        // The conversation was drawn again after the reconnect, each activity once: the first line is there once.
        Assert.Equal(1, await page.Locator("#webchat .webchat__stacked-layout--from-user").Filter(new LocatorFilterOptions { HasText = "你好" }).CountAsync());
        Assert.True(await page.BotBubbles().CountAsync() > shownBefore);
        Assert.Equal(0, await page.GetByText("发送失败").CountAsync());
    }
}
