using System.Net.Http.Json;
using System.Net.WebSockets;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Bot.Schema;
using ShopBot.TestSupport;

namespace ShopBot.Bot.Tests.Channels;

/// <summary>Two hosts on one real Redis: a buyer streaming from one host gets what the other host's turn produced.</summary>
public sealed class RedisDirectLineStreamTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task A_buyer_streaming_from_host_a_gets_the_reply_and_the_typing_of_a_turn_run_on_host_b()
    {
        var prefix = $"stream-test-{Guid.NewGuid():N}";
        using var hostA = RedisHost(prefix);
        using var hostB = RedisHost(prefix);
        var clientA = new DirectLineTestClient(hostA.CreateClient());
        var clientB = new DirectLineTestClient(hostB.CreateClient());
        var generated = await clientA.GenerateAsync("stream-two-hosts");
        using var started = await clientA.SendAsync(HttpMethod.Post, "v3/directline/conversations", generated.Token);
        var conversation = (await started.Content.ReadFromJsonAsync(BotJsonContext.Default.Conversation))!;
        using var socket = await hostA.Server.CreateWebSocketClient().ConnectAsync(new Uri(conversation.StreamUrl!), CancellationToken.None);
        var reader = new DirectLineStreamReader(socket);
        await reader.NextSetAsync();

        using var posted = await clientB.PostTextAsync(conversation, TestBot.Slow);
        var read = await reader.UntilAsync(a => a.Text == "想好了");

        Assert.Equal(TestBot.Slow, read[0].Text);
        Assert.Contains(read, a => a.Type == ActivityTypes.Typing && a.From?.Role == RoleTypes.Bot);
        Assert.Equal(1, hostA.Services.GetRequiredService<DirectLineStreams>().Count);
        Assert.Equal(0, hostB.Services.GetRequiredService<DirectLineStreams>().Count);
        await using var connection = await redis.ConnectAsync();
        await RedisServerFixture.DeleteKeysAsync(connection, prefix);
    }

    private TestHost RedisHost(string prefix) => new(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Redis"] = redis.Endpoint,
        ["Handoff:RedisKeyPrefix"] = prefix,
    });
}
