using System.Net;
using System.Text.Json;
using ShopBot.Bot.Agents;

namespace ShopBot.Bot.Tests.Agents;

public sealed class AgentConversationApiTests(AgentTestHost host) : IClassFixture<AgentTestHost>
{
    private readonly HttpClient _http = host.NewClient();
    private readonly AgentApiClient _a = new(host.NewClient(), AgentTestHost.KeyA);
    private readonly AgentApiClient _b = new(host.NewClient(), AgentTestHost.KeyB);

    [Fact]
    public async Task Queue_shows_who_waits_how_long_why_how_urgent_and_how_many_messages_they_left()
    {
        var buyer = await QueuedBuyerAsync();
        await buyer.SayAsync("在吗，快递是不是丢了");

        var entry = (await _a.QueueAsync()).Entries.Single(e => e.ConversationId == buyer.ConversationId);

        Assert.Equal("一只小兔叽", entry.BuyerId);
        Assert.Equal("human", entry.Intent);
        Assert.Equal("normal", entry.Priority);
        Assert.False(string.IsNullOrWhiteSpace(entry.Reason));
        Assert.Equal(1, entry.HeldMessages);
        Assert.InRange(entry.WaitingSeconds, 0, 60);
        Assert.True(entry.Position >= 1);
    }

    [Fact]
    public async Task Claim_hands_over_the_transcript_the_orders_and_the_case_records()
    {
        var buyer = await QueuedBuyerAsync();
        await _a.SetPresenceAsync("online");

        var view = await _a.ClaimAsync(buyer.ConversationId);

        Assert.Equal(("with_agent", AgentTestHost.AgentA), (view.Status, view.AgentId));
        Assert.Equal("一只小兔叽", view.BuyerId);
        Assert.Contains(view.Transcript, m => m.Sender == "buyer" && m.Text == "我的快递到哪了");
        Assert.Contains(view.Transcript, m => m.Sender == "bot" && m.Text.Contains("SF1428566013728", StringComparison.Ordinal));
        Assert.Contains(view.Transcript, m => m.Sender == "buyer" && m.Text == "人工客服");
        var order = Assert.Single(view.Orders);
        Assert.Equal(("SF1428566013728", "已发货"), (order.TrackingNumber, order.Status));
        Assert.NotNull(view.Cases);
        Assert.Contains(buyer.ConversationId, (await _a.GetAsync(HttpMethod.Get, "me", null, AgentJsonContext.Default.AgentProfile)).Conversations);
        Assert.Contains(await buyer.BotTextsAsync(), t => t.Contains("测试客服甲", StringComparison.Ordinal));
        await CloseAsync(buyer);
    }

    [Fact]
    public async Task Claiming_twice_answers_like_the_first_claim_and_another_agents_claim_is_a_409()
    {
        var buyer = await QueuedBuyerAsync();
        await _a.SetPresenceAsync("online");
        await _b.SetPresenceAsync("online");
        await _a.ClaimAsync(buyer.ConversationId);

        var again = await _a.ClaimAsync(buyer.ConversationId);
        using var other = await _b.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/claim");

        Assert.Equal(AgentTestHost.AgentA, again.AgentId);
        await AgentApiClient.AssertErrorAsync(other, HttpStatusCode.Conflict, "ClaimedByAnother");
        await CloseAsync(buyer);
    }

    [Fact]
    public async Task Another_agents_conversation_cannot_be_read_answered_or_ended()
    {
        var buyer = await QueuedBuyerAsync();
        await _a.SetPresenceAsync("online");
        await _a.ClaimAsync(buyer.ConversationId);
        var before = (await buyer.MessagesAsync()).Count;

        using var read = await _b.SendAsync(HttpMethod.Get, $"conversations/{buyer.ConversationId}");
        using var reply = await _b.ReplyAsync(buyer.ConversationId, "您好，我来帮您看看");
        using var screen = await _b.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/screen", """{"text":"您好"}""");
        using var canned = await _b.SendAsync(HttpMethod.Get, $"conversations/{buyer.ConversationId}/canned-replies");
        using var close = await _b.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/close");
        using var handback = await _b.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/handback");
        using var release = await _b.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/release");

        foreach (var response in new[] { read, reply, screen, canned, close, handback, release })
        {
            await AgentApiClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
        }

        Assert.Equal(before, (await buyer.MessagesAsync()).Count);
        Assert.Equal(AgentTestHost.AgentA, (await _a.ConversationAsync(buyer.ConversationId)).AgentId);
        await CloseAsync(buyer);
    }

    [Fact]
    public async Task Away_agent_cannot_claim_and_an_agent_who_goes_offline_gives_the_chat_back_to_the_queue()
    {
        var buyer = await QueuedBuyerAsync();
        await _b.SetPresenceAsync("away");

        using var refused = await _b.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/claim");
        await AgentApiClient.AssertErrorAsync(refused, HttpStatusCode.Conflict, "AgentUnavailable");

        await _b.SetPresenceAsync("online");
        await _b.ClaimAsync(buyer.ConversationId);
        var offline = await _b.SetPresenceAsync("offline");

        Assert.Equal("offline", offline.Presence);
        Assert.Empty(offline.Conversations);
        var entry = (await _a.QueueAsync()).Entries.Single(e => e.ConversationId == buyer.ConversationId);
        Assert.True(entry.Returned);
        Assert.Equal(1, entry.Position);
        await _a.SetPresenceAsync("online");
        await _a.ClaimAsync(buyer.ConversationId);
        await CloseAsync(buyer);
    }

    [Fact]
    public async Task Screen_dry_run_names_each_violation_with_kind_match_and_index_and_sends_nothing()
    {
        var buyer = await ClaimedBuyerAsync();
        var before = (await buyer.MessagesAsync()).Count;
        const string Draft = "亲，我们的商品是全网最好的，保证明天到";

        var result = await _a.GetAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/screen", JsonSerializer.Serialize(new { text = Draft }), AgentJsonContext.Default.ScreenResult);
        var clean = await _a.GetAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/screen", """{"text":"亲，您的包裹已经发出，请留意物流信息。"}""", AgentJsonContext.Default.ScreenResult);

        Assert.False(result.Allowed);
        Assert.Contains(result.Violations, v => v.Kind == "superlative" && Draft.Substring(v.Index, v.Match.Length) == v.Match);
        Assert.Contains(result.Violations, v => v.Kind == "promise");
        Assert.True(clean.Allowed);
        Assert.Empty(clean.Violations);
        Assert.Equal(before, (await buyer.MessagesAsync()).Count);
        await CloseAsync(buyer);
    }

    [Fact]
    public async Task A_blocked_reply_is_a_422_with_its_violations_and_never_reaches_the_buyer()
    {
        var buyer = await ClaimedBuyerAsync();
        var before = await buyer.MessagesAsync();

        using var response = await _a.ReplyAsync(buyer.ConversationId, "放心，我们是全网最好的店");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await AgentApiClient.ErrorAsync(response);
        Assert.Equal("ReplyBlocked", body.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains(body.GetProperty("violations").EnumerateArray(), v => v.GetProperty("kind").GetString() == "superlative");
        var after = await buyer.MessagesAsync();
        Assert.Equal(before.Count, after.Count);
        Assert.DoesNotContain(after, a => a.Text?.Contains("全网最好", StringComparison.Ordinal) == true);
        await CloseAsync(buyer);
    }

    [Fact]
    public async Task A_reply_that_passes_reaches_the_buyer_from_the_agent_and_shows_in_the_transcript()
    {
        var buyer = await ClaimedBuyerAsync();

        using var response = await _a.ReplyAsync(buyer.ConversationId, "亲，您的包裹在路上了，我帮您盯着。");
        var sent = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), AgentJsonContext.Default.SentReply)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("亲，您的包裹在路上了，我帮您盯着。", sent.Text);
        var delivered = (await buyer.MessagesAsync()).Last();
        Assert.Equal(("agent:" + AgentTestHost.AgentA, sent.Text), (delivered.From?.Id, delivered.Text));
        Assert.Contains((await _a.ConversationAsync(buyer.ConversationId)).Transcript, m => m.Sender == "agent" && m.Text == sent.Text);
        await CloseAsync(buyer);
    }

    [Fact]
    public async Task Hand_back_returns_the_buyer_to_the_bot_which_answers_again()
    {
        var buyer = await ClaimedBuyerAsync();

        var back = await _a.GetAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/handback", """{"reason":"问题已解答"}""", AgentJsonContext.Default.RoutingView);
        await buyer.SayAsync("我的快递到哪了");

        Assert.Equal(("back_with_bot", true), (back.Status, back.Changed));
        Assert.Contains("SF1428566013728", (await buyer.BotTextsAsync())[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(buyer.ConversationId, (await _a.GetAsync(HttpMethod.Get, "me", null, AgentJsonContext.Default.AgentProfile)).Conversations);
    }

    [Fact]
    public async Task Release_puts_the_chat_back_at_the_head_of_the_queue()
    {
        var buyer = await ClaimedBuyerAsync();

        var released = await _a.GetAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/release", null, AgentJsonContext.Default.RoutingView);

        Assert.Equal("queued", released.Status);
        var entry = (await _a.QueueAsync()).Entries.Single(e => e.ConversationId == buyer.ConversationId);
        Assert.Equal((1, true), (entry.Position, entry.Returned));
        await _a.ClaimAsync(buyer.ConversationId);
        await CloseAsync(buyer);
    }

    [Fact]
    public async Task Close_is_idempotent_and_tells_the_buyer_once()
    {
        var buyer = await ClaimedBuyerAsync();

        var first = await _a.GetAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/close", null, AgentJsonContext.Default.RoutingView);
        var second = await _a.GetAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/close", null, AgentJsonContext.Default.RoutingView);
        using var handbackAfterClose = await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/handback");

        Assert.Equal(("closed", true), (first.Status, first.Changed));
        Assert.Equal(("closed", false), (second.Status, second.Changed));
        await AgentApiClient.AssertErrorAsync(handbackAfterClose, HttpStatusCode.Conflict, "WrongState");
        Assert.Single(await buyer.BotTextsAsync(), t => t.Contains("1到5", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("close")]
    [InlineData("handback")]
    [InlineData("release")]
    public async Task Ending_a_conversation_someone_else_already_ended_is_a_409_not_a_confirmation(string action)
    {
        var buyer = await ClaimedBuyerAsync();
        var first = await _a.GetAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/{action}", null, AgentJsonContext.Default.RoutingView);

        using var again = await _b.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/{action}");
        var repeat = await _a.GetAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/{action}", null, AgentJsonContext.Default.RoutingView);

        Assert.True(first.Changed);
        await AgentApiClient.AssertErrorAsync(again, HttpStatusCode.Conflict, "AlreadyDone");
        Assert.False(repeat.Changed);
        if (action == "release")
        {
            await _a.ClaimAsync(buyer.ConversationId);
            await CloseAsync(buyer);
        }
    }

    [Fact]
    public async Task Canned_replies_are_rendered_for_the_conversation()
    {
        var buyer = await ClaimedBuyerAsync();

        var canned = await _a.GetAsync(HttpMethod.Get, $"conversations/{buyer.ConversationId}/canned-replies", null, AgentJsonContext.Default.CannedReplyList);

        Assert.Contains(canned.Replies, r => r.Id == "apology.sorry");
        Assert.Contains(canned.Replies, r => r.Id == "quality_return.ask_photo");
        Assert.Contains(canned.Replies, r => r.Id == "closing.bye");
        var tracking = Assert.Single(canned.Replies, r => r.Id == "track.shipped");
        Assert.Contains("SF1428566013728", tracking.Text, StringComparison.Ordinal);
        Assert.All(canned.Replies, r => Assert.DoesNotContain("{", r.Text, StringComparison.Ordinal));
        await CloseAsync(buyer);
    }

    [Fact]
    public async Task Presence_and_capacity_are_set_together_and_heartbeats_need_a_presence()
    {
        var fresh = new AgentApiClient(host.NewClient(), AgentTestHost.KeyB);
        await fresh.SetPresenceAsync("online");

        var profile = await fresh.GetAsync(HttpMethod.Put, "presence", """{"presence":"away","capacity":5}""", AgentJsonContext.Default.AgentProfile);
        using var beat = await fresh.SendAsync(HttpMethod.Post, "heartbeat");

        Assert.Equal(("away", 5), (profile.Presence, profile.Capacity));
        Assert.Equal(HttpStatusCode.NoContent, beat.StatusCode);
    }

    private async Task<TestBuyer> QueuedBuyerAsync()
    {
        var buyer = await TestBuyer.StartAsync(_http);
        await buyer.SayAsync("我的快递到哪了");
        await buyer.SayAsync("人工客服");
        Assert.Contains((await _a.QueueAsync()).Entries, e => e.ConversationId == buyer.ConversationId);
        return buyer;
    }

    private async Task<TestBuyer> ClaimedBuyerAsync()
    {
        var buyer = await QueuedBuyerAsync();
        await _a.SetPresenceAsync("online");
        await _a.ClaimAsync(buyer.ConversationId);
        return buyer;
    }

    private async Task CloseAsync(TestBuyer buyer)
    {
        var routing = await _a.GetAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/close", null, AgentJsonContext.Default.RoutingView);
        Assert.Equal("closed", routing.Status);
    }
}
