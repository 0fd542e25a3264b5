using System.Diagnostics;
using ShopBot.Bot.Tests.Channels;
using Xunit.Abstractions;

namespace ShopBot.Bot.Tests.Hosting;

/// <summary>
/// A host started before its Redis connection is made (Redis still starting, or a busy machine starting many hosts)
/// takes its first request only once the connection is made, instead of answering it 503.
/// </summary>
public sealed class RedisStartupTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_host_started_while_Redis_is_still_starting_answers_its_first_token_request()
    {
        await using var redis = await RestartableRedisServer.StartAsync();
        await redis.KillAsync();
        using var host = new TestHost(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis.Endpoint,
            ["Handoff:RedisKeyPrefix"] = $"startup-{Guid.NewGuid():N}",
            ["Redis:ConnectTimeout"] = "00:00:20",
        });
        var returning = Task.Run(async () =>
        {
            await Task.Delay(700);
            await redis.RestartAsync();
        });

        var watch = Stopwatch.StartNew();
        var directLine = new DirectLineTestClient(host.CreateClient());
        output.WriteLine($"The host started in {watch.ElapsedMilliseconds} ms.");
        await returning;

        var conversation = await directLine.GenerateAsync("startup-buyer");

        Assert.False(string.IsNullOrEmpty(conversation.Token));
    }
}
