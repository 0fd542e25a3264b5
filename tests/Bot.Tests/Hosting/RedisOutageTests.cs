using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Bot.Hosting;
using ShopBot.Bot.Tests.AfterSales;
using ShopBot.Bot.Tests.Channels;
using ShopBot.Handoff.Routing;
using Xunit.Abstractions;

namespace ShopBot.Bot.Tests.Hosting;

/// <summary>
/// Redis crashes (SIGKILL) while a queued buyer keeps writing, and comes back on the same port with its append-only
/// file: calls fail fast with a 503 the client can act on, a refused post sent again is stored exactly once, nothing
/// acknowledged is lost, and the host recovers alone.
/// </summary>
[Collection(TimedHostsCollection.Name)]
public sealed class RedisOutageTests(ITestOutputHelper output)
{
    private const string AgentKey = "outage-test-agent-key-0123456789";
    private const string BuyerId = "停机测试买家";

    [Fact]
    public async Task During_a_Redis_crash_posts_are_refused_with_503_each_retried_post_is_stored_once_and_the_host_recovers_when_Redis_returns()
    {
        await using var redis = await RestartableRedisServer.StartAsync();
        using var host = new AfterSalesHost(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis.Endpoint,
            ["Handoff:RedisKeyPrefix"] = $"outage-{Guid.NewGuid():N}",
            ["Redis:OperationTimeout"] = "00:00:01",
            ["Consoles:Agents:0:Key"] = AgentKey,
            ["Consoles:Agents:0:AgentId"] = "agent-outage",
            ["Consoles:Agents:0:Name"] = "停机测试客服",
        });
        var http = host.CreateClient();
        var directLine = new DirectLineTestClient(http);
        var conversation = await directLine.GenerateAsync(BuyerId);
        var acknowledged = new ConcurrentBag<string>();
        var refused = new ConcurrentBag<string>();
        foreach (var text in new[] { "你好，我的快递到哪了", "人工客服" })
        {
            using var response = await directLine.PostTextAsync(conversation, text);
            response.EnsureSuccessStatusCode();
            acknowledged.Add(text);
        }

        Assert.Equal(RoutingStatus.Queued, (await host.Handoff.GetRoutingAsync(conversation.ConversationId)).Status);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("health/ready")).StatusCode);

        // A buyer writing every 100 ms before, during and after the crash, sending a refused post again under the same
        // client id until it is answered (sooner than Retry-After asks, to meet the moments around the crash more often).
        // A post Redis stored but could not confirm is refused too; its retry must find it instead of storing it twice.
        using var stop = new CancellationTokenSource();
        var unexpected = new ConcurrentBag<string>();
        var writer = Task.Run(async () =>
        {
            for (var n = 1; !stop.IsCancellationRequested; n++)
            {
                var text = $"第{n}条追问";
                while (true)
                {
                    var watch = Stopwatch.StartNew();
                    using var response = await directLine.PostTextAsync(conversation, text, $"loop-{n}");
                    if (response.IsSuccessStatusCode)
                    {
                        acknowledged.Add(text);
                        break;
                    }

                    if (response.StatusCode != HttpStatusCode.ServiceUnavailable || watch.Elapsed >= TimeSpan.FromSeconds(3))
                    {
                        unexpected.Add($"{text}: {(int)response.StatusCode} after {watch.ElapsedMilliseconds} ms");
                        break;
                    }

                    refused.Add(text);
                    await Task.Delay(200);
                }

                await Task.Delay(100);
            }
        });

        await Task.Delay(500);
        await redis.KillAsync();
        await Task.Delay(300);

        var post = Stopwatch.StartNew();
        using (var during = await directLine.PostTextAsync(conversation, "停机时发的这条", "during-1"))
        {
            post.Stop();
            await AssertUnavailableAsync(during);
            Assert.True(post.Elapsed < TimeSpan.FromSeconds(3), $"The post took {post.ElapsedMilliseconds} ms.");
        }

        using (var read = await directLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token))
        {
            await AssertUnavailableAsync(read);
        }

        using (var queue = new HttpRequestMessage(HttpMethod.Get, "api/agent/queue"))
        {
            queue.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AgentKey);
            using var response = await http.SendAsync(queue);
            await AssertUnavailableAsync(response);
        }

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("health")).StatusCode);
        using (var ready = await http.GetAsync("health/ready"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
            Assert.Equal("unavailable", body.RootElement.GetProperty("status").GetString());
            Assert.Equal("failed", body.RootElement.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
        }

        await Task.Delay(1500);
        await redis.RestartAsync();
        var recovery = Stopwatch.StartNew();
        while ((await http.GetAsync("health/ready")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(recovery.Elapsed < TimeSpan.FromSeconds(15), "The host did not become ready within 15 s of Redis returning.");
            await Task.Delay(100);
        }

        await Task.Delay(1000);
        await stop.CancelAsync();
        await writer;
        using (var after = await directLine.PostTextAsync(conversation, "恢复后发的这条", "after-1"))
        {
            after.EnsureSuccessStatusCode();
            acknowledged.Add("恢复后发的这条");
        }

        output.WriteLine($"Post during the outage: {post.ElapsedMilliseconds} ms; ready {recovery.ElapsedMilliseconds} ms after Redis; {acknowledged.Count} posts acknowledged, {refused.Count} refusals with 503.");
        Assert.Empty(unexpected);
        Assert.NotEmpty(refused);
        Assert.Contains(acknowledged, t => t.StartsWith('第'));
        var stored = await BuyerTextsAsync(directLine, conversation);
        Assert.Equal(acknowledged.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        Assert.Equal(stored.Count, stored.Distinct().Count());
        Assert.DoesNotContain("停机时发的这条", stored);
        Assert.Equal(RoutingStatus.Queued, (await host.Handoff.GetRoutingAsync(conversation.ConversationId)).Status);
        Assert.Contains(await host.Handoff.ListQueueAsync(), e => e.ConversationId == conversation.ConversationId);
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(StorageOutageMiddleware.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(StorageOutageMiddleware.Code, body.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    /// <summary>Every message the buyer has in the transcript, read from the start page by page.</summary>
    private static async Task<List<string>> BuyerTextsAsync(DirectLineTestClient directLine, Conversation conversation)
    {
        var texts = new List<string>();
        var watermark = string.Empty;
        while (true)
        {
            var set = await directLine.GetActivitiesAsync(conversation, watermark);
            texts.AddRange(set.Activities.Where(a => a.From?.Id == BuyerId && a.Type == "message").Select(a => a.Text!));
            if (set.Watermark == watermark)
            {
                return texts;
            }

            watermark = set.Watermark;
        }
    }
}
