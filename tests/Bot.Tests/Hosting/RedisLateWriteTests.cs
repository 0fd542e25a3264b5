using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Bot.Schema;
using ShopBot.Bot.Tests.AfterSales;
using ShopBot.Bot.Tests.Channels;
using Xunit.Abstractions;
using Activity = ShopBot.Bot.Schema.Activity;

namespace ShopBot.Bot.Tests.Hosting;

/// <summary>
/// The window between "stored" and "answered": Redis stalls, the host gives up waiting and answers 503, and Redis stores
/// the buyer's message afterwards. The client sends the same post again under the same client id, as a 503 tells it to,
/// and gets the stored message's id: the message is kept exactly once, never twice and never only remembered.
/// </summary>
public sealed class RedisLateWriteTests(ITestOutputHelper output)
{
    private const string BuyerId = "迟写测试买家";

    [Fact]
    public async Task A_post_refused_with_503_that_Redis_stored_late_is_answered_with_its_id_when_sent_again_and_kept_once()
    {
        await using var redis = await RestartableRedisServer.StartAsync();
        using var host = new AfterSalesHost(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis.Endpoint,
            ["Handoff:RedisKeyPrefix"] = $"late-{Guid.NewGuid():N}",
            ["Redis:OperationTimeout"] = "00:00:01",
        });
        var directLine = host.DirectLine();
        await WarmUpAsync(directLine);

        // Writes wait three times as long as the host does; reads (the token's conversation check) go through. A machine
        // too loaded to send the post before the pause ends gets it answered: the test pauses again in a new conversation.
        var watch = Stopwatch.StartNew();
        var (conversation, clientId) = await PostRefusedAsync(redis, directLine);
        output.WriteLine($"Refused after {watch.ElapsedMilliseconds} ms.");
        var stored = await WaitForBuyerMessagesAsync(directLine, conversation, 1);

        using var again = await directLine.PostTextAsync(conversation, "我的快递到哪了", clientId);
        again.EnsureSuccessStatusCode();
        var answer = await again.Content.ReadFromJsonAsync(BotJsonContext.Default.ResourceResponse);

        Assert.Equal(Assert.Single(stored).Id, answer!.Id);
        await Task.Delay(500);
        Assert.Single(await BuyerMessagesAsync(directLine, conversation));
    }

    /// <summary>
    /// Posts once in a conversation of its own, so the post path is compiled before the pause (CI once sent the first post
    /// only after a three-second pause had ended). With the one-second timeout a loaded machine may already be answered
    /// 503 here, which is the outage answer this test is about, not a failure: the warm-up is tried again, up to five times.
    /// </summary>
    private static async Task WarmUpAsync(DirectLineTestClient directLine)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var warmUp = await directLine.GenerateAsync(BuyerId + "热身");
                using var answered = await directLine.PostTextAsync(warmUp, "你好", $"client-warm-up-{attempt}");
                answered.EnsureSuccessStatusCode();
                return;
            }
            catch (HttpRequestException refused) when (refused.StatusCode == HttpStatusCode.ServiceUnavailable && attempt < 5)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    /// <summary>
    /// Pauses Redis writes and posts in a fresh conversation until a post is refused with 503 (at most three tries);
    /// returns that conversation and the refused post's client id.
    /// </summary>
    private static async Task<(Conversation Conversation, string ClientId)> PostRefusedAsync(RestartableRedisServer redis, DirectLineTestClient directLine)
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var conversation = await directLine.GenerateAsync(BuyerId);
            var clientId = $"client-late-{attempt}";
            await redis.PauseWritesAsync(TimeSpan.FromSeconds(3));
            using var posted = await directLine.PostTextAsync(conversation, "我的快递到哪了", clientId);
            if (posted.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                return (conversation, clientId);
            }

            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            await Task.Delay(TimeSpan.FromSeconds(3));
        }

        Assert.Fail("No post met the paused writes in three tries.");
        return default;
    }

    /// <summary>Reads until the buyer has <paramref name="count"/> messages in the transcript (Redis runs the held writes when the pause ends).</summary>
    private static async Task<List<Activity>> WaitForBuyerMessagesAsync(DirectLineTestClient directLine, Conversation conversation, int count)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var messages = await ReadDuringPauseAsync(directLine, conversation);
            if (messages is not null && messages.Count >= count)
            {
                return messages;
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(15), "Redis did not store the held write within 15 s.");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// The buyer's messages, or null while the host still answers 503: a read that touches Redis while the writes are
    /// held may be refused too (on a loaded machine the refusal comes before the pause ends), and the client reads again.
    /// </summary>
    private static async Task<List<Activity>?> ReadDuringPauseAsync(DirectLineTestClient directLine, Conversation conversation)
    {
        try
        {
            return await BuyerMessagesAsync(directLine, conversation);
        }
        catch (HttpRequestException refused) when (refused.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            return null;
        }
    }

    private static async Task<List<Activity>> BuyerMessagesAsync(DirectLineTestClient directLine, Conversation conversation) =>
        (await directLine.GetActivitiesAsync(conversation)).Activities.Where(a => a.From?.Id == BuyerId && a.Type == ActivityTypes.Message).ToList();
}
