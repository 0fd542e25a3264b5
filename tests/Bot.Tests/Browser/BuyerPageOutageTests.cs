using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ShopBot.Bot.Schema;
using ShopBot.Bot.Tests.Hosting;
using ShopBot.Handoff.Transcripts;

namespace ShopBot.Bot.Tests.Browser;

/// <summary>The real buyer page in Chromium while Redis crashes and comes back.</summary>
public sealed class BuyerPageOutageTests(BrowserFixture chromium) : IClassFixture<BrowserFixture>
{
    private const float Timeout = 20_000;

    [Fact]
    public async Task The_page_tells_the_buyer_while_Redis_is_down_retries_the_message_and_clears_the_notice_when_it_is_back()
    {
        await using var redis = await RestartableRedisServer.StartAsync();
        using var host = new OutageKestrelHost(redis.Endpoint);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        // The first page of a test run may wait for the intent model to be trained.
        await page.GotoAsync(host.Address.ToString(), new PageGotoOptions { Timeout = 120_000 });
        await page.SendBox().WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        var conversationId = await page.Locator("#webchat").GetAttributeAsync("data-conversation-id");
        Assert.True(await page.Locator("#notice").IsHiddenAsync());
        // Connected once the welcome shows: a line typed into the send box before then may never be sent.
        await page.BotBubbles().First.WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });

        await redis.KillAsync();
        await page.SayAsync("停机时的追问");

        var notice = page.Locator("#notice");
        // Which notice shows depends on what meets the outage first: the post itself (消息暂未发出), the reconnect of the
        // live connection that directlinejs waits for before posting (正在重新连接客服), or the dropped stream (重新连接中).
        await page.WaitForFunctionAsync(
            "() => { const n = document.getElementById('notice'); return !n.hidden && n.dataset.trouble === 'true' && /网络开小差了|重新连接中/.test(n.textContent); }",
            null,
            new PageWaitForFunctionOptions { Timeout = Timeout });
        await redis.RestartAsync();
        await notice.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden, Timeout = Timeout });

        // The notice stays until the retried message got through, so it is stored (once) by the time the notice is gone.
        var store = host.Services.GetRequiredService<ITranscriptStore>();
        var stored = await store.ReadAsync(conversationId!, 0, 100);
        Assert.Single(stored, e => TextOf(e) == "停机时的追问");
        // The page's polling came back too: the bot's answer to the retried message is shown.
        var reply = await BotReplyAfterAsync(store, conversationId!, stored.Single(e => TextOf(e) == "停机时的追问").Index);
        await page.Bubble(reply[..Math.Min(6, reply.Length)]).WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
    }

    private static string? TextOf(TranscriptEntry entry) => JsonSerializer.Deserialize(entry.ActivityJson, BotJsonContext.Default.Activity)?.Text;

    private static async Task<string> BotReplyAfterAsync(ITranscriptStore store, string conversationId, long index)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var text = (await store.ReadAsync(conversationId, index + 1, 20))
                .Select(e => JsonSerializer.Deserialize(e.ActivityJson, BotJsonContext.Default.Activity))
                .FirstOrDefault(a => a?.From?.Role == RoleTypes.Bot && !string.IsNullOrEmpty(a.Text))?.Text;
            if (text is not null)
            {
                return text;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The bot did not answer the retried message.");
    }
}
