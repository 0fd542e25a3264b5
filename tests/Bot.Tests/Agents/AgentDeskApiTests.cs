using System.Net;
using System.Net.WebSockets;
using System.Text.Encodings.Web;
using System.Text.Json;
using ShopBot.Bot.Agents;
using ShopBot.Bot.Schema;
using ShopBot.Bot.Tests.Channels;
using Microsoft.AspNetCore.TestHost;

namespace ShopBot.Bot.Tests.Agents;

public sealed class AgentDeskApiTests(AgentTestHost host) : IClassFixture<AgentTestHost>
{
    private const string Note = "内部备注：买家上次投诉过，退款走加急";

    private readonly HttpClient _http = host.NewClient();
    private readonly AgentApiClient _a = new(host.NewClient(), AgentTestHost.KeyA);
    private readonly AgentApiClient _b = new(host.NewClient(), AgentTestHost.KeyB);
    private readonly AgentApiClient _anonymous = new(host.NewClient(), null);

    [Theory]
    [InlineData("GET", "desk")]
    [InlineData("GET", "colleagues")]
    [InlineData("GET", "transfers")]
    [InlineData("POST", "conversations/any/typing")]
    [InlineData("POST", "conversations/any/transfer")]
    [InlineData("POST", "conversations/any/transfer/accept")]
    [InlineData("POST", "conversations/any/transfer/decline")]
    [InlineData("GET", "conversations/any/notes")]
    [InlineData("POST", "conversations/any/notes")]
    public async Task Desk_endpoints_need_an_agent_key(string method, string path)
    {
        using var none = await _anonymous.SendAsync(new HttpMethod(method), path, """{"text":"x","toAgent":"agent-b"}""");
        using var wrong = await _anonymous.SendAsync(new HttpMethod(method), path, """{"text":"x","toAgent":"agent-b"}""", bearer: "not-an-agent-key-0123456789");

        await AgentApiClient.AssertErrorAsync(none, HttpStatusCode.Unauthorized, "Unauthorized");
        await AgentApiClient.AssertErrorAsync(wrong, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task The_desk_shows_the_answer_deadline_and_a_typing_ping_of_the_owner_moves_it()
    {
        var buyer = await ClaimedBuyerAsync();
        var desk = await _a.GetAsync(HttpMethod.Get, "desk", null, AgentJsonContext.Default.DeskView);
        var deadline = Assert.Single(desk.Deadlines, d => d.ConversationId == buyer.ConversationId).Deadline;
        Assert.Equal(180, desk.AnswerTimeoutSeconds);
        Assert.Equal(60, desk.WarningSeconds);
        Assert.InRange(deadline - desk.ServerTime, TimeSpan.FromSeconds(170), TimeSpan.FromSeconds(180));

        await Task.Delay(1100);
        var typing = await _a.GetAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/typing", null, AgentJsonContext.Default.TypingView);
        using var other = await _b.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/typing");
        using var unknown = await _a.SendAsync(HttpMethod.Post, "conversations/no-such-conversation/typing");

        Assert.True(typing.AnswerDeadline > deadline);
        await AgentApiClient.AssertErrorAsync(other, HttpStatusCode.Forbidden, "Forbidden");
        await AgentApiClient.AssertErrorAsync(unknown, HttpStatusCode.NotFound, "NotFound");
        using var reply = await _a.ReplyAsync(buyer.ConversationId, "您好，我来帮您查");
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.DoesNotContain((await _a.GetAsync(HttpMethod.Get, "desk", null, AgentJsonContext.Default.DeskView)).Deadlines, d => d.ConversationId == buyer.ConversationId);
        await CloseAsync(_a, buyer);
    }

    [Fact]
    public async Task A_colleague_accepts_a_transfer_reads_the_notes_first_and_the_buyer_is_told_who_answers()
    {
        var buyer = await ClaimedBuyerAsync();
        await OnlineAsync(_b);
        var colleagues = await _a.GetAsync(HttpMethod.Get, "colleagues", null, AgentJsonContext.Default.ColleagueList);
        Assert.Contains(colleagues.Colleagues, c => c.AgentId == AgentTestHost.AgentB && c.Name == "测试客服乙" && c.Presence == "online");
        Assert.DoesNotContain(colleagues.Colleagues, c => c.AgentId == AgentTestHost.AgentA);
        using (var added = await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/notes", JsonSerializer.Serialize(new { text = Note })))
        {
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        using var offered = await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/transfer", $$"""{"toAgent":"{{AgentTestHost.AgentB}}"}""");
        Assert.Equal(HttpStatusCode.Accepted, offered.StatusCode);
        var offers = await _b.GetAsync(HttpMethod.Get, "transfers", null, AgentJsonContext.Default.IReadOnlyListTransferOfferItem);
        var offer = Assert.Single(offers, o => o.ConversationId == buyer.ConversationId);
        Assert.Equal((AgentTestHost.AgentA, "测试客服甲", "一只小兔叽"), (offer.FromAgent, offer.FromName, offer.BuyerId));
        Assert.Contains(offer, (await _b.GetAsync(HttpMethod.Get, "desk", null, AgentJsonContext.Default.DeskView)).Transfers);
        var notes = await _b.GetAsync(HttpMethod.Get, $"conversations/{buyer.ConversationId}/notes", null, AgentJsonContext.Default.NoteList);
        Assert.Equal((AgentTestHost.AgentA, "测试客服甲", Note), (notes.Notes[0].AgentId, notes.Notes[0].Name, notes.Notes[0].Text));

        var view = await _b.GetAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/transfer/accept", null, AgentJsonContext.Default.ConversationView);

        Assert.Equal(AgentTestHost.AgentB, view.AgentId);
        var told = await buyer.BotTextsAsync();
        Assert.Contains(told, t => t.Contains("测试客服乙", StringComparison.Ordinal));
        Assert.DoesNotContain(told, t => t.Contains(AgentTestHost.AgentB, StringComparison.Ordinal));
        using var oldOwner = await _a.SendAsync(HttpMethod.Get, $"conversations/{buyer.ConversationId}");
        await AgentApiClient.AssertErrorAsync(oldOwner, HttpStatusCode.Forbidden, "Forbidden");
        using var again = await _b.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/transfer/accept");
        await AgentApiClient.AssertErrorAsync(again, HttpStatusCode.NotFound, "NoTransfer");
        await CloseAsync(_b, buyer);
    }

    [Fact]
    public async Task A_declined_transfer_sends_the_buyer_back_to_the_head_of_the_queue_and_says_so_plainly()
    {
        var buyer = await ClaimedBuyerAsync();
        await OnlineAsync(_b);
        using var offered = await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/transfer", $$"""{"toAgent":"{{AgentTestHost.AgentB}}"}""");
        Assert.Equal(HttpStatusCode.Accepted, offered.StatusCode);
        using var notOffered = await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/transfer/decline");
        await AgentApiClient.AssertErrorAsync(notOffered, HttpStatusCode.NotFound, "NoTransfer");

        var routing = await _b.GetAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/transfer/decline", null, AgentJsonContext.Default.RoutingView);

        Assert.Equal("queued", routing.Status);
        Assert.True((await _a.QueueAsync()).Entries.Single(e => e.ConversationId == buyer.ConversationId).Returned);
        var told = (await buyer.BotTextsAsync())[^1];
        Assert.Matches("优先.*(另一位|下一位).*客服.*第\\d+位", told);
        Assert.DoesNotContain("离开", told, StringComparison.Ordinal);
        await _a.ClaimAsync(buyer.ConversationId);
        await CloseAsync(_a, buyer);
    }

    [Fact]
    public async Task A_transfer_is_refused_for_bad_input_unknown_ids_another_agents_chat_and_an_offline_colleague()
    {
        var buyer = await ClaimedBuyerAsync();
        var path = $"conversations/{buyer.ConversationId}/transfer";

        using var missing = await _a.SendAsync(HttpMethod.Post, path, "{}");
        using var self = await _a.SendAsync(HttpMethod.Post, path, $$"""{"toAgent":"{{AgentTestHost.AgentA}}"}""");
        using var ghost = await _a.SendAsync(HttpMethod.Post, path, """{"toAgent":"nobody-here"}""");
        using var notJson = await _a.SendAsync(HttpMethod.Post, path, "toAgent=agent-b", "text/plain");
        using var broken = await _a.SendAsync(HttpMethod.Post, path, "{\"toAgent\":");
        using var unknown = await _a.SendAsync(HttpMethod.Post, "conversations/no-such-conversation/transfer", $$"""{"toAgent":"{{AgentTestHost.AgentB}}"}""");
        using var notYours = await _b.SendAsync(HttpMethod.Post, path, $$"""{"toAgent":"{{AgentTestHost.AgentA}}"}""");
        await _b.SetPresenceAsync("offline");
        using var offline = await _a.SendAsync(HttpMethod.Post, path, $$"""{"toAgent":"{{AgentTestHost.AgentB}}"}""");
        using var acceptUnknown = await _b.SendAsync(HttpMethod.Post, "conversations/no-such-conversation/transfer/accept");

        await AgentApiClient.AssertErrorAsync(missing, HttpStatusCode.BadRequest, "BadArgument");
        await AgentApiClient.AssertErrorAsync(self, HttpStatusCode.BadRequest, "BadArgument");
        await AgentApiClient.AssertErrorAsync(ghost, HttpStatusCode.NotFound, "UnknownAgent");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        await AgentApiClient.AssertErrorAsync(unknown, HttpStatusCode.NotFound, "NotFound");
        await AgentApiClient.AssertErrorAsync(notYours, HttpStatusCode.Forbidden, "Forbidden");
        await AgentApiClient.AssertErrorAsync(offline, HttpStatusCode.Conflict, "ColleagueUnavailable");
        await AgentApiClient.AssertErrorAsync(acceptUnknown, HttpStatusCode.NotFound, "NoTransfer");
        Assert.Equal(AgentTestHost.AgentA, (await _a.ConversationAsync(buyer.ConversationId)).AgentId);
        await CloseAsync(_a, buyer);
    }

    [Fact]
    public async Task Notes_are_only_for_the_owner_refuse_bad_input_and_never_reach_the_buyer()
    {
        var buyer = await ClaimedBuyerAsync();
        var path = $"conversations/{buyer.ConversationId}/notes";

        using var added = await _a.SendAsync(HttpMethod.Post, path, JsonSerializer.Serialize(new { text = Note }));
        await buyer.SayAsync("还要多久");
        using var blank = await _a.SendAsync(HttpMethod.Post, path, """{"text":"   "}""");
        using var tooLong = await _a.SendAsync(HttpMethod.Post, path, JsonSerializer.Serialize(new { text = new string('备', 1001) }));
        using var otherRead = await _b.SendAsync(HttpMethod.Get, path);
        using var otherWrite = await _b.SendAsync(HttpMethod.Post, path, """{"text":"偷看"}""");
        using var unknown = await _a.SendAsync(HttpMethod.Get, "conversations/no-such-conversation/notes");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        await AgentApiClient.AssertErrorAsync(blank, HttpStatusCode.BadRequest, "BadArgument");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLong.StatusCode);
        await AgentApiClient.AssertErrorAsync(otherRead, HttpStatusCode.Forbidden, "Forbidden");
        await AgentApiClient.AssertErrorAsync(otherWrite, HttpStatusCode.Forbidden, "Forbidden");
        await AgentApiClient.AssertErrorAsync(unknown, HttpStatusCode.NotFound, "NotFound");
        var notes = await _a.GetAsync(HttpMethod.Get, path, null, AgentJsonContext.Default.NoteList);
        Assert.Equal([Note], notes.Notes.Select(n => n.Text));

        using var reply = await _a.ReplyAsync(buyer.ConversationId, "亲，马上为您处理");
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var view = await _a.ConversationAsync(buyer.ConversationId);
        await CloseAsync(_a, buyer);
        var activities = await buyer.MessagesAsync();
        Assert.Contains(activities, a => a.Text == "亲，马上为您处理");
        var readable = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, TypeInfoResolver = BotJsonContext.Default };
        Assert.Contains(activities, a => JsonSerializer.Serialize(a, readable).Contains("马上为您处理", StringComparison.Ordinal));
        Assert.DoesNotContain(activities, a => JsonSerializer.Serialize(a, readable).Contains("内部备注", StringComparison.Ordinal));
        Assert.DoesNotContain(view.Transcript, m => m.Text.Contains("内部备注", StringComparison.Ordinal));
        Assert.DoesNotContain(view.HeldMessages, m => m.Contains("内部备注", StringComparison.Ordinal));
    }

    private async Task OnlineAsync(AgentApiClient agent) =>
        await agent.GetAsync(HttpMethod.Put, "presence", """{"presence":"online","capacity":20}""", AgentJsonContext.Default.AgentProfile);

    [Fact]
    public async Task The_buyer_streaming_the_chat_sees_the_agent_typing_under_the_agents_name()
    {
        var buyer = await ClaimedBuyerAsync();
        using var socket = await host.Server.CreateWebSocketClient().ConnectAsync(
            new Uri($"ws://localhost/v3/directline/conversations/{buyer.ConversationId}/stream?watermark=0&t={buyer.Token}"), CancellationToken.None);
        var reader = new DirectLineStreamReader(socket);
        await reader.NextSetAsync();

        using var ping = await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/typing");
        var read = await reader.UntilAsync(a => a.Type == ActivityTypes.Typing);

        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        var typing = read.Single(a => a.Type == ActivityTypes.Typing);
        Assert.Equal("agent:" + AgentTestHost.AgentA, typing.From!.Id);
        Assert.DoesNotContain(await buyer.MessagesAsync(), a => a.Type == ActivityTypes.Typing);
        await CloseAsync(_a, buyer);
    }

    private async Task<TestBuyer> ClaimedBuyerAsync()
    {
        var buyer = await TestBuyer.StartAsync(_http);
        await buyer.SayAsync("我的快递到哪了");
        await buyer.SayAsync("人工客服");
        await OnlineAsync(_a);
        await _a.ClaimAsync(buyer.ConversationId);
        return buyer;
    }

    private static async Task CloseAsync(AgentApiClient agent, TestBuyer buyer)
    {
        var routing = await agent.GetAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/close", null, AgentJsonContext.Default.RoutingView);
        Assert.Equal("closed", routing.Status);
    }
}
