using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using Microsoft.AspNetCore.TestHost;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Tests.Channels;

/// <summary>The Direct Line WebSocket stream on one host: URLs, pushes, heartbeats, reconnecting with a watermark, refusals.</summary>
public sealed class DirectLineStreamTests : IDisposable
{
    // Heartbeats every 0.3 s; a test waits up to 10 s for one, so a loaded machine (CI once took over 2 s) is waited for,
    // and a stream that sends none still fails.
    private readonly TestHost _host = new(new Dictionary<string, string?> { ["DirectLine:StreamHeartbeatInterval"] = "00:00:00.300" });
    private readonly DirectLineTestClient _client;

    public DirectLineStreamTests() => _client = new DirectLineTestClient(_host.CreateClient());

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Starting_a_conversation_with_a_token_answers_a_stream_url_that_carries_the_token()
    {
        var generated = await _client.GenerateAsync("stream-url");

        var started = await StartAsync(generated);

        Assert.Equal(generated.ConversationId, started.ConversationId);
        Assert.Equal($"ws://localhost/v3/directline/conversations/{generated.ConversationId}/stream?watermark=0&t={generated.Token}", started.StreamUrl);
    }

    [Fact]
    public async Task The_stream_pushes_the_greeting_then_the_echo_and_the_reply_with_watermarks_and_heartbeats_when_quiet()
    {
        var conversation = await StartAsync(await _client.GenerateAsync("stream-push"));
        using var socket = await ConnectAsync(conversation.StreamUrl!);
        var reader = new DirectLineStreamReader(socket);

        var greeting = await reader.NextSetAsync();
        using var _ = await _client.PostTextAsync(conversation, "在吗");
        var turn = await reader.UntilAsync(a => a.Text == "你说：在吗");
        await Task.Delay(TimeSpan.FromSeconds(1));
        using var quiet = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var heartbeat = await reader.ReceiveAsync(quiet.Token);

        Assert.Equal([TestBot.Greeting], greeting!.Activities.Select(a => a.Text));
        Assert.Equal("2", greeting.Watermark);
        Assert.Equal(["在吗", "你说：在吗"], turn.Select(a => a.Text));
        Assert.Equal("", heartbeat);
    }

    [Fact]
    public async Task After_several_quiet_heartbeats_in_a_row_the_stream_still_pushes_the_next_reply_at_once()
    {
        var conversation = await StartAsync(await _client.GenerateAsync("stream-heartbeats"));
        using var socket = await ConnectAsync(conversation.StreamUrl!);
        var reader = new DirectLineStreamReader(socket);
        await reader.NextSetAsync();

        var heartbeats = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            using var quiet = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            heartbeats.Add(await reader.ReceiveAsync(quiet.Token));
        }

        using var _ = await _client.PostTextAsync(conversation, "还在吗");
        var turn = await reader.UntilAsync(a => a.Text == "你说：还在吗");
        using var afterReply = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var heartbeatAfterReply = await reader.ReceiveAsync(afterReply.Token);

        Assert.Equal(["", "", ""], heartbeats);
        Assert.Equal(["还在吗", "你说：还在吗"], turn.Select(a => a.Text));
        Assert.Equal("", heartbeatAfterReply);
    }

    [Fact]
    public async Task A_slow_turn_streams_typing_from_the_bot_before_its_reply_and_typing_is_never_stored()
    {
        var conversation = await StartAsync(await _client.GenerateAsync("stream-typing"));
        using var socket = await ConnectAsync(conversation.StreamUrl!);
        var reader = new DirectLineStreamReader(socket);
        await reader.NextSetAsync();

        using var _ = await _client.PostTextAsync(conversation, TestBot.Slow);
        var read = await reader.UntilAsync(a => a.Text == "想好了");
        var polled = await _client.GetActivitiesAsync(conversation);

        var typing = read.FindIndex(a => a.Type == ActivityTypes.Typing);
        Assert.InRange(typing, 1, read.Count - 2);
        Assert.Equal("bot", read[typing].From!.Role);
        Assert.DoesNotContain(polled.Activities, a => a.Type == ActivityTypes.Typing);
    }

    [Fact]
    public async Task Reconnecting_with_the_watermark_replays_only_what_came_after_it_one_activity_per_message()
    {
        var conversation = await StartAsync(await _client.GenerateAsync("stream-reconnect"));
        string watermark;
        using (var first = await ConnectAsync(conversation.StreamUrl!))
        {
            watermark = (await new DirectLineStreamReader(first).NextSetAsync())!.Watermark!;
        }

        using var _ = await _client.PostTextAsync(conversation, "断线时发的");
        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversation.ConversationId}?watermark={watermark}", conversation.Token);
        var renewed = (await reconnect.Content.ReadFromJsonAsync(BotJsonContext.Default.Conversation))!;
        using var second = await ConnectAsync(renewed.StreamUrl!);
        var reader = new DirectLineStreamReader(second);
        var echo = await reader.NextSetAsync();
        var reply = await reader.NextSetAsync();

        Assert.Contains($"watermark={watermark}&", renewed.StreamUrl, StringComparison.Ordinal);
        Assert.Equal(["断线时发的"], echo!.Activities.Select(a => a.Text));
        Assert.Equal(["你说：断线时发的"], reply!.Activities.Select(a => a.Text));
        Assert.Equal(long.Parse(watermark, CultureInfo.InvariantCulture) + 1, long.Parse(echo.Watermark!, CultureInfo.InvariantCulture));
        Assert.Equal(long.Parse(echo.Watermark!, CultureInfo.InvariantCulture) + 1, long.Parse(reply.Watermark!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_buyer_does_not_get_their_own_typing_back()
    {
        var conversation = await StartAsync(await _client.GenerateAsync("stream-own-typing"));
        using var socket = await ConnectAsync(conversation.StreamUrl!);
        var reader = new DirectLineStreamReader(socket);
        await reader.NextSetAsync();

        using var typing = await _client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token,
            """{"type":"typing","from":{"id":"x"}}""");
        using var _ = await _client.PostTextAsync(conversation, "打完了");
        var read = await reader.UntilAsync(a => a.Text == "你说：打完了");

        Assert.Equal(HttpStatusCode.OK, typing.StatusCode);
        Assert.DoesNotContain(read, a => a.Type == ActivityTypes.Typing);
    }

    [Theory]
    [InlineData("not-a-token", HttpStatusCode.Forbidden)]
    [InlineData("", HttpStatusCode.Unauthorized)]
    public async Task A_stream_without_a_valid_token_is_refused_before_the_upgrade(string token, HttpStatusCode status)
    {
        var conversation = await _client.GenerateAsync("stream-refused");
        var client = _host.Server.CreateWebSocketClient();

        var refused = await Assert.ThrowsAnyAsync<Exception>(() =>
            client.ConnectAsync(new Uri($"ws://localhost/v3/directline/conversations/{conversation.ConversationId}/stream?t={token}"), CancellationToken.None));

        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_conversations_token_cannot_open_its_stream()
    {
        var mine = await _client.GenerateAsync("stream-mine");
        var theirs = await _client.GenerateAsync("stream-theirs");
        var client = _host.Server.CreateWebSocketClient();

        var refused = await Assert.ThrowsAnyAsync<Exception>(() =>
            client.ConnectAsync(new Uri($"ws://localhost/v3/directline/conversations/{theirs.ConversationId}/stream?t={mine.Token}"), CancellationToken.None));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    private async Task<Conversation> StartAsync(Conversation generated)
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "v3/directline/conversations", generated.Token);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(BotJsonContext.Default.Conversation))!;
    }

    private Task<WebSocket> ConnectAsync(string streamUrl) => _host.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), CancellationToken.None);
}
