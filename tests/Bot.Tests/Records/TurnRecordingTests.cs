using ShopBot.Bot.Records;
using ShopBot.Bot.Tests.AfterSales;
using ShopBot.Bot.Tests.Reports;
using ShopBot.Handoff.Agents;
using static ShopBot.Bot.Records.ConversationEventKind;

namespace ShopBot.Bot.Tests.Records;

/// <summary>Real buyers on Direct Line and a real agent: what the shipped host records for each kind of turn and outcome.</summary>
public sealed class TurnRecordingTests : IDisposable
{
    private readonly ReportsTestHost _host = new();

    [Fact]
    public async Task A_flow_turn_records_its_intent_flow_templates_screens_and_the_record_it_opened()
    {
        var buyer = await BuyerConversation.StartAsync(_host.DirectLine(), "momo_2019");
        await buyer.SayAsync("四件套有问题");
        await buyer.SayAsync("1 被套破了个洞");
        await buyer.SayAsync("晚点拍");

        var turns = await TurnsOfAsync(buyer.Id);

        Assert.Equal(["四件套有问题", "1 被套破了个洞", "晚点拍"], turns.Select(t => t.Text));
        var first = turns[0];
        Assert.Equal(("quality_return", "answer", "answered", "momo_2019"), (first.Intent, first.Decision, first.Outcome, first.BuyerId));
        Assert.InRange(first.Confidence, 0.01f, 1f);
        Assert.NotNull(first.RunnerUp);
        Assert.Equal("quality_return", first.Flow);
        Assert.NotEmpty(first.Templates);
        Assert.Equal(first.Templates.Count, first.Screens.Count);
        Assert.All(turns.SelectMany(t => t.Screens), s => Assert.Equal("allowed", s));
        Assert.Empty(turns[0].Records);
        Assert.StartsWith("quality_report:", Assert.Single(turns[2].Records), StringComparison.Ordinal);
        Assert.Equal("3613820045529781104", turns[2].OrderNumber);
        // No remedy chosen: the quality flow records a report for a colleague to agree the remedy and tells the buyer so;
        // no person is called into the chat for it.
        Assert.All(turns, t => Assert.Null(t.HandoffTrigger));
    }

    [Fact]
    public async Task A_flow_that_needs_a_person_records_the_handoff_with_its_reason()
    {
        var buyer = await BuyerConversation.StartAsync(_host.DirectLine(), "快乐的胖虎");
        await buyer.SayAsync("四件套的快递你们帮我催一下 一直没动静");

        var turn = Assert.Single(await TurnsOfAsync(buyer.Id));

        // The possibly lost parcel, and the receipt time extended beside it so the order does not confirm itself meanwhile.
        Assert.Collection(turn.Records,
            r => Assert.StartsWith("lost_parcel:", r, StringComparison.Ordinal),
            r => Assert.StartsWith("logistics_follow_up:", r, StringComparison.Ordinal));
        Assert.Equal("flow_needs_person", turn.HandoffTrigger);
        Assert.StartsWith("flow needs a person: ", turn.HandoffReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_buyer_who_asks_for_a_person_is_recorded_queued_taken_answered_closed_and_rated()
    {
        var buyer = await BuyerConversation.StartAsync(_host.DirectLine(), "橙子不酸");
        await buyer.SayAsync("人工客服");
        await _host.Desk.SetPresenceAsync(ReportsTestHost.AgentId, AgentPresence.Online);
        await _host.Desk.ClaimAsync(ReportsTestHost.AgentId, buyer.Id);
        using var reply = await new Agents.AgentApiClient(_host.CreateClient(), ReportsTestHost.AgentKey).ReplyAsync(buyer.Id, "您好，我来帮您看看");
        reply.EnsureSuccessStatusCode();
        await _host.Desk.CloseAsync(ReportsTestHost.AgentId, buyer.Id, "answered");
        await buyer.SayAsync("5");

        var turn = Assert.Single(await TurnsOfAsync(buyer.Id));
        Assert.Equal(("human", "buyer_asked"), (turn.Intent, turn.HandoffTrigger));
        Assert.False(string.IsNullOrEmpty(turn.HandoffReason));
        var events = await EventsOfAsync(buyer.Id);
        Assert.Equal([Queued, AgentJoined, AgentReplied, Closed, Rated], events.Select(e => e.Kind));
        Assert.Equal([null, "agent-a", "agent-a", "agent-a", null], events.Select(e => e.AgentId));
        Assert.Equal(5, events[^1].Rating);
    }

    [Fact]
    public async Task A_buyer_who_leaves_the_queue_is_recorded_as_leaving_it_and_the_rating_line_is_no_bot_turn()
    {
        var buyer = await BuyerConversation.StartAsync(_host.DirectLine(), "一只小兔叽");
        await buyer.SayAsync("转人工");
        await buyer.SayAsync("算了");

        Assert.Equal([Queued, LeftQueue], (await EventsOfAsync(buyer.Id)).Select(e => e.Kind));
        Assert.Single(await TurnsOfAsync(buyer.Id));
    }

    [Fact]
    public async Task A_line_the_bot_cannot_use_is_recorded_as_not_understood_or_clarifying()
    {
        var buyer = await BuyerConversation.StartAsync(_host.DirectLine(), "tb_lily88");
        await buyer.SayAsync("嗯嗯啊啊哦哦");

        var turn = Assert.Single(await TurnsOfAsync(buyer.Id));
        Assert.Contains(turn.Outcome, new[] { "not_understood", "clarifying" });
        Assert.Equal("嗯嗯啊啊哦哦", turn.Text);
    }

    public void Dispose() => _host.Dispose();

    private async Task<List<BotTurnRecord>> TurnsOfAsync(string conversationId) =>
        [.. (await _host.Records.ReadTurnsAsync(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1))).Where(t => t.ConversationId == conversationId)];

    private async Task<List<ConversationEvent>> EventsOfAsync(string conversationId) =>
        [.. (await _host.Records.ReadEventsAsync(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1))).Where(e => e.ConversationId == conversationId)];
}
