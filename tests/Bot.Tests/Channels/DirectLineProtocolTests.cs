using System.Net;
using System.Net.Http.Json;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Schema;
using ShopBot.Bot.Turns;

namespace ShopBot.Bot.Tests.Channels;

[Collection(KestrelHostCollection.Name)]
public sealed class DirectLineProtocolTests(KestrelHostFixture host)
{
    private readonly DirectLineTestClient _client = new(host.Client);

    [Fact]
    public async Task Buyer_activity_is_echoed_with_a_server_id_the_client_activity_id_and_the_user_from_the_token()
    {
        var conversation = await _client.GenerateAsync("buyer-echo", "小林");

        using var posted = await _client.PostTextAsync(conversation, "你好", clientActivityId: "abc-123", fromId: "someone-else");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = (await posted.Content.ReadFromJsonAsync(BotJsonContext.Default.ResourceResponse))!.Id;
        var set = await _client.GetActivitiesAsync(conversation);
        var echo = Assert.Single(set.Activities, a => a.Id == id);
        Assert.Equal("buyer-echo", echo.From!.Id);
        Assert.Equal("小林", echo.From.Name);
        Assert.Equal("user", echo.From.Role);
        Assert.Equal("abc-123", echo.ChannelData!.Value.GetProperty("clientActivityID").GetString());
        Assert.NotNull(echo.Timestamp);
        var reply = Assert.Single(set.Activities, a => a.ReplyToId == id);
        Assert.Equal("你说：你好", reply.Text);
        Assert.Equal("bot", reply.From!.Role);
    }

    [Fact]
    public async Task Greeting_comes_first_and_the_internal_conversation_update_is_not_shown()
    {
        var conversation = await _client.GenerateAsync("buyer-greet");

        var set = await _client.GetActivitiesAsync(conversation);

        var greeting = Assert.Single(set.Activities);
        Assert.Equal(TestBot.Greeting, greeting.Text);
        Assert.Equal("2", set.Watermark);
    }

    [Fact]
    public async Task Polling_from_a_watermark_returns_only_newer_activities()
    {
        var conversation = await _client.GenerateAsync("buyer-watermark");
        var first = await _client.GetActivitiesAsync(conversation);

        using var _ = await _client.PostTextAsync(conversation, "第二句");
        var next = await _client.GetActivitiesAsync(conversation, first.Watermark);
        var empty = await _client.GetActivitiesAsync(conversation, next.Watermark);

        Assert.Equal(["第二句", "你说：第二句"], next.Activities.Select(a => a.Text));
        Assert.Empty(empty.Activities);
        Assert.Equal(next.Watermark, empty.Watermark);
    }

    [Fact]
    public async Task A_retried_post_with_the_same_client_activity_id_answers_the_first_id_and_runs_once()
    {
        var conversation = await _client.GenerateAsync("buyer-retry");

        using var first = await _client.PostTextAsync(conversation, "重发的消息", clientActivityId: "retry-1");
        using var retry = await _client.PostTextAsync(conversation, "重发的消息", clientActivityId: "retry-1");
        using var other = await _client.PostTextAsync(conversation, "重发的消息", clientActivityId: "retry-2");

        var ids = new List<string>();
        foreach (var response in new[] { first, retry, other })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            ids.Add((await response.Content.ReadFromJsonAsync(BotJsonContext.Default.ResourceResponse))!.Id);
        }

        Assert.Equal(ids[0], ids[1]);
        Assert.NotEqual(ids[0], ids[2]);
        var texts = (await _client.GetActivitiesAsync(conversation)).Activities.Select(a => a.Text).ToList();
        Assert.Equal(2, texts.Count(t => t == "重发的消息"));
        Assert.Equal(2, texts.Count(t => t == "你说：重发的消息"));
    }

    [Fact]
    public async Task Refreshed_token_keeps_user_and_conversation()
    {
        var conversation = await _client.GenerateAsync("buyer-refresh");

        using var response = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", conversation.Token);
        var refreshed = (await response.Content.ReadFromJsonAsync(BotJsonContext.Default.Conversation))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(conversation.ConversationId, refreshed.ConversationId);
        using var posted = await _client.PostTextAsync(refreshed, "还在吗");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var echo = (await _client.GetActivitiesAsync(refreshed)).Activities.Single(a => a.Text == "还在吗");
        Assert.Equal("buyer-refresh", echo.From!.Id);
    }

    [Fact]
    public async Task Starting_a_conversation_with_the_token_joins_the_conversation_it_is_pinned_to()
    {
        var conversation = await _client.GenerateAsync("buyer-start");

        using var started = await _client.SendAsync(HttpMethod.Post, "v3/directline/conversations", conversation.Token, """{"user":{"id":"other"}}""");
        using var fetched = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversation.ConversationId}?watermark=", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal(conversation.ConversationId, (await started.Content.ReadFromJsonAsync(BotJsonContext.Default.Conversation))!.ConversationId);
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
    }

    [Fact]
    public async Task Starting_a_conversation_with_the_secret_creates_one_with_a_pinned_token()
    {
        using var started = await _client.SendAsync(HttpMethod.Post, "v3/directline/conversations", TestHost.Secret, """{"user":{"id":"dl_secret-user"}}""");
        var conversation = (await started.Content.ReadFromJsonAsync(BotJsonContext.Default.Conversation))!;

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        using var _ = await _client.PostTextAsync(conversation, "嗨", fromId: "spoofed");
        var echo = (await _client.GetActivitiesAsync(conversation)).Activities.Single(a => a.Text == "嗨");
        Assert.Equal("dl_secret-user", echo.From!.Id);
    }

    [Fact]
    public async Task Failing_bot_apologises_without_exception_text_and_keeps_the_buyer_message()
    {
        var conversation = await _client.GenerateAsync("buyer-boom");

        using var posted = await _client.PostTextAsync(conversation, "boom");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var texts = (await _client.GetActivitiesAsync(conversation)).Activities.Select(a => a.Text).ToList();
        Assert.Contains("boom", texts);
        Assert.Contains(ErrorHandlingMiddleware.Apology, texts);
        Assert.DoesNotContain(texts, t => t is not null && (t.Contains("internal failure", StringComparison.Ordinal) || t.Contains("Exception", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Blocked_reply_is_rewritten_or_replaced_by_the_hand_over_line()
    {
        var conversation = await _client.GenerateAsync("buyer-screen");

        using var a = await _client.PostTextAsync(conversation, "吹牛");
        using var b = await _client.PostTextAsync(conversation, "承诺");

        var texts = (await _client.GetActivitiesAsync(conversation)).Activities.Select(x => x.Text).ToList();
        Assert.Contains("我们的质量是不错的。", texts);
        Assert.Contains(ReplyScreeningMiddleware.HandOverLine, texts);
        Assert.DoesNotContain(texts, t => t is not null && (t.Contains(TestReplyScreen.Rewritable, StringComparison.Ordinal) || t.Contains(TestReplyScreen.Unfixable, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_continuation_sends_outside_a_turn_and_the_buyer_sees_it_at_the_next_poll()
    {
        var conversation = await _client.GenerateAsync("buyer-queue");
        var before = await _client.GetActivitiesAsync(conversation);

        await host.Services.SendToConversationAsync(conversation.ConversationId, Activity.CreateMessage("您前面还有 2 位买家，请稍候。"));
        var after = await _client.GetActivitiesAsync(conversation, before.Watermark);

        var queued = Assert.Single(after.Activities);
        Assert.Equal("您前面还有 2 位买家，请稍候。", queued.Text);
        Assert.Equal("bot", queued.From!.Role);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => host.Services.SendToConversationAsync("no-such-conversation", Activity.CreateMessage("x")));
    }

    [Fact]
    public async Task Health_answers_ok()
    {
        using var response = await host.Client.GetAsync(new Uri("health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"ok\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
