using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Notifications;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;
using ShopBot.Handoff.Tests.Support;

namespace ShopBot.Handoff.Tests;

public abstract partial class HandoffContractTests
{
    [Fact]
    public async Task Claiming_next_takes_the_head_of_the_queue_and_hands_over_ticket_transcript_and_history()
    {
        await H.Transcripts.AppendAsync("c1", """{"type":"message","text":"我要投诉"}""");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        H.Time.Advance(TimeSpan.FromSeconds(1));
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c2"));
        await H.OnlineAgentAsync("a1");

        var claim = await H.Desk.ClaimNextAsync("a1");

        Assert.Equal(TransitionOutcome.Applied, claim.Change.Outcome);
        var handover = claim.Handover!;
        Assert.Equal("c1", handover.Routing.ConversationId);
        Assert.Equal("a1", handover.Routing.AgentId);
        Assert.Equal(RoutingStatus.WithAgent, handover.Routing.Status);
        Assert.Equal("logistics", handover.Ticket.Intent);
        Assert.Equal("order 1001: shipped", handover.Ticket.OrderSummary);
        Assert.Contains("我要投诉", Assert.Single(handover.Transcript).ActivityJson);
        Assert.Equal([RoutingStatus.Queued, RoutingStatus.WithAgent], handover.History.Select(t => t.To));
        Assert.Equal(BuyerNoticeKind.AgentJoined, H.Notifier.Last("c1")!.Kind);
        Assert.Equal(BuyerNoticeKind.MovedUp, H.Notifier.Last("c2")!.Kind);
        Assert.Equal(1, H.Notifier.Last("c2")!.Standing!.Position);
        Assert.Equal(["c1"], (await H.Desk.GetAgentAsync("a1"))!.Conversations);
    }

    [Fact]
    public async Task A_claimed_conversation_belongs_to_one_agent_and_claiming_it_again_is_idempotent()
    {
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.OnlineAgentAsync("a1");
        await H.OnlineAgentAsync("a2");

        var first = await H.Desk.ClaimAsync("a1", "c1");
        var again = await H.Desk.ClaimAsync("a1", "c1");
        var other = await H.Desk.ClaimAsync("a2", "c1");

        Assert.Equal(TransitionOutcome.Applied, first.Change.Outcome);
        Assert.Equal(TransitionOutcome.Unchanged, again.Change.Outcome);
        Assert.Equal(TransitionOutcome.NotOwner, other.Change.Outcome);
        Assert.Null(other.Handover);
        Assert.Null(await H.Desk.GetHandoverAsync("a2", "c1"));
        Assert.NotNull(await H.Desk.GetHandoverAsync("a1", "c1"));
        Assert.Equal(2, (await H.Buyers.GetHistoryAsync("c1")).Count);
    }

    [Fact]
    public async Task Agents_take_no_more_chats_than_their_capacity_and_away_or_unknown_agents_take_none()
    {
        for (var i = 0; i < 3; i++)
        {
            await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c" + i));
        }

        await H.OnlineAgentAsync("a1", capacity: 2);
        Assert.Equal(TransitionOutcome.Applied, (await H.Desk.ClaimNextAsync("a1")).Change.Outcome);
        Assert.Equal(TransitionOutcome.Applied, (await H.Desk.ClaimNextAsync("a1")).Change.Outcome);
        Assert.Equal(TransitionOutcome.AgentUnavailable, (await H.Desk.ClaimNextAsync("a1")).Change.Outcome);
        Assert.Equal(TransitionOutcome.AgentUnavailable, (await H.Desk.ClaimAsync("a1", "c2")).Change.Outcome);

        await H.Desk.SetPresenceAsync("a2", AgentPresence.Away);
        Assert.Equal(TransitionOutcome.AgentUnavailable, (await H.Desk.ClaimNextAsync("a2")).Change.Outcome);
        Assert.Equal(TransitionOutcome.AgentUnavailable, (await H.Desk.ClaimNextAsync("ghost")).Change.Outcome);
        Assert.Equal(1, await H.Queue.GetPositionAsync("c2"));
        Assert.Null(await H.Desk.SetCapacityAsync("ghost", 3));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => H.Desk.SetCapacityAsync("a1", 0));
        Assert.Equal(H.Options.DefaultCapacity, (await H.Desk.GetAgentAsync("a2"))!.Capacity);
    }

    [Fact]
    public async Task Claiming_from_an_empty_queue_or_an_unknown_conversation_changes_nothing()
    {
        await H.OnlineAgentAsync("a1");

        Assert.Equal(TransitionOutcome.QueueEmpty, (await H.Desk.ClaimNextAsync("a1")).Change.Outcome);
        var unknown = await H.Desk.ClaimAsync("a1", "nobody");
        Assert.Equal(TransitionOutcome.WrongState, unknown.Change.Outcome);
        Assert.Equal(RoutingStatus.WithBot, unknown.Change.Routing!.Status);
        Assert.Equal(TransitionOutcome.WrongState, (await H.Desk.ReleaseAsync("a1", "nobody", "test")).Outcome);
        Assert.Equal(TransitionOutcome.WrongState, (await H.Desk.CloseAsync("a1", "nobody", "test")).Outcome);
        Assert.Empty((await H.Desk.GetAgentAsync("a1"))!.Conversations);
    }

    [Fact]
    public async Task An_agent_going_offline_puts_their_chats_back_at_the_head_of_the_queue()
    {
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("mine"));
        await H.OnlineAgentAsync("a1");
        await H.Desk.ClaimNextAsync("a1");
        H.Time.Advance(TimeSpan.FromSeconds(1));
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("complaint", HandoffPriority.Complaint));

        var status = await H.Desk.SetPresenceAsync("a1", AgentPresence.Offline);

        Assert.Empty(status.Conversations);
        Assert.Equal(["complaint", "mine"], (await H.Desk.ListQueueAsync()).Select(e => e.ConversationId));
        Assert.True((await H.Desk.ListQueueAsync())[1].Returned);
        var notice = H.Notifier.Last("mine")!;
        Assert.Equal(BuyerNoticeKind.NoAgentOnline, notice.Kind);
        var last = (await H.Buyers.GetHistoryAsync("mine"))[^1];
        Assert.Equal((RoutingStatus.WithAgent, RoutingStatus.Queued, "agent went offline"), (last.From, last.To, last.Reason));
    }

    [Fact]
    public async Task A_chat_the_agent_does_not_answer_in_time_goes_back_to_the_head_of_the_queue()
    {
        await H.OnlineAgentAsync("a1");
        await H.OnlineAgentAsync("a2");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("slow"));
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("answered"));
        await H.Desk.ClaimAsync("a1", "slow");
        await H.Desk.ClaimAsync("a2", "answered");
        H.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(AgentReplyOutcome.Sent, (await H.Desk.SendReplyAsync("a2", "answered", "您好", HandoffHarness.AllowAll)).Outcome);
        await H.Desk.HeartbeatAsync("a1");
        await H.Desk.HeartbeatAsync("a2");
        Assert.Equal(new SweepReport(0, 0), await H.Sweeper.SweepAsync());

        H.Time.Advance(TimeSpan.FromMinutes(1.5));
        await H.Desk.HeartbeatAsync("a1");
        await H.Desk.HeartbeatAsync("a2");
        var report = await H.Sweeper.SweepAsync();

        Assert.Equal(new SweepReport(0, 1), report);
        Assert.Equal(RoutingStatus.Queued, (await H.Buyers.GetRoutingAsync("slow")).Status);
        Assert.Equal(BuyerNoticeKind.AgentLeft, H.Notifier.Last("slow")!.Kind);
        Assert.Equal(RoutingStatus.WithAgent, (await H.Buyers.GetRoutingAsync("answered")).Status);
        Assert.Equal(AgentReplyOutcome.NotOwner, (await H.Desk.SendReplyAsync("a1", "slow", "sorry", HandoffHarness.AllowAll)).Outcome);
        Assert.Equal(new SweepReport(0, 0), await H.Sweeper.SweepAsync());
    }

    [Fact]
    public async Task The_answer_clock_starts_with_the_first_unanswered_buyer_message_and_later_ones_do_not_reset_it()
    {
        await H.OnlineAgentAsync("a1");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.Desk.ClaimNextAsync("a1");
        await H.Desk.SendReplyAsync("a1", "c1", "您好", HandoffHarness.AllowAll);
        H.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(RoutingStatus.WithAgent, (await H.Buyers.AcceptBuyerMessageAsync("c1", "在吗")).Status);
        H.Time.Advance(TimeSpan.FromMinutes(1));
        await H.Buyers.AcceptBuyerMessageAsync("c1", "在吗?");
        H.Time.Advance(TimeSpan.FromMinutes(1.5));
        await H.Desk.HeartbeatAsync("a1");

        Assert.Equal(0, (await H.Sweeper.SweepAsync()).ChatsReleased);
        H.Time.Advance(TimeSpan.FromMinutes(0.5));
        await H.Desk.HeartbeatAsync("a1");

        Assert.Equal(1, (await H.Sweeper.SweepAsync()).ChatsReleased);
        Assert.Empty(await H.Queue.GetHeldMessagesAsync("c1"));
    }

    [Fact]
    public async Task A_silent_agent_is_taken_offline_and_their_chats_released()
    {
        await H.OnlineAgentAsync("a1");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.Desk.ClaimNextAsync("a1");
        await H.Desk.SendReplyAsync("a1", "c1", "您好", HandoffHarness.AllowAll);

        H.Time.Advance(TimeSpan.FromMinutes(2));
        var report = await H.Sweeper.SweepAsync();

        Assert.Equal(new SweepReport(1, 1), report);
        Assert.Equal(AgentPresence.Offline, (await H.Desk.GetAgentAsync("a1"))!.Presence);
        Assert.Equal(1, await H.Queue.GetPositionAsync("c1"));
    }
}
