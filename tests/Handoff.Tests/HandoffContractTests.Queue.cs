using ShopBot.Handoff.Notifications;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;
using ShopBot.Handoff.Tests.Support;

namespace ShopBot.Handoff.Tests;

public abstract partial class HandoffContractTests
{
    [Fact]
    public async Task Unknown_conversation_is_with_the_bot_with_no_history_and_nothing_to_cancel()
    {
        var routing = await H.Buyers.GetRoutingAsync("nobody");

        Assert.Equal(RoutingStatus.WithBot, routing.Status);
        Assert.Null(routing.Ticket);
        Assert.Empty(await H.Buyers.GetHistoryAsync("nobody"));
        Assert.Null(await H.Buyers.GetStandingAsync("nobody"));
        Assert.Equal(TransitionOutcome.Unchanged, (await H.Buyers.CancelAsync("nobody", "算了")).Outcome);
        Assert.Equal(RoutingStatus.WithBot, (await H.Buyers.AcceptBuyerMessageAsync("nobody", "hello")).Status);
        Assert.Empty(await H.Queue.GetHeldMessagesAsync("nobody"));
    }

    [Fact]
    public async Task Requesting_a_handoff_queues_the_conversation_and_tells_the_buyer_the_position()
    {
        await H.OnlineAgentAsync("a1");

        var change = await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));

        Assert.Equal(TransitionOutcome.Applied, change.Outcome);
        Assert.Equal(RoutingStatus.Queued, change.Routing!.Status);
        Assert.Equal("buyer-c1", change.Routing.Ticket!.BuyerId);
        Assert.Equal(["case-7"], change.Routing.Ticket.CaseRecords);
        Assert.Equal(HandoffHarness.Start, change.Routing.Ticket.RequestedAt);
        var notice = Assert.Single(H.Notifier.For("c1"));
        Assert.Equal(BuyerNoticeKind.Queued, notice.Kind);
        Assert.Equal(1, notice.Standing!.Position);
    }

    [Fact]
    public async Task Asking_again_while_queued_changes_nothing_records_nothing_and_repeats_the_position()
    {
        await H.OnlineAgentAsync("a1");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c0"));
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));

        var again = await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1", HandoffPriority.Complaint));

        Assert.Equal(TransitionOutcome.Unchanged, again.Outcome);
        Assert.Single(await H.Buyers.GetHistoryAsync("c1"));
        Assert.Equal(2, await H.Queue.GetPositionAsync("c1"));
        Assert.Equal([2, 2], H.Notifier.For("c1").Select(n => n.Standing!.Position));
        Assert.Equal(2, (await H.Desk.ListQueueAsync()).Count);
    }

    [Fact]
    public async Task Complaints_come_first_then_orders_past_the_shipping_promise_then_first_come_first_served()
    {
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("normal-1"));
        H.Time.Advance(TimeSpan.FromSeconds(1));
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("overdue", HandoffPriority.Overdue));
        H.Time.Advance(TimeSpan.FromSeconds(1));
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("normal-2"));
        H.Time.Advance(TimeSpan.FromSeconds(1));
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("complaint", HandoffPriority.Complaint, "complaint: 投诉"));

        var queue = await H.Desk.ListQueueAsync();

        Assert.Equal(["complaint", "overdue", "normal-1", "normal-2"], queue.Select(e => e.ConversationId));
        Assert.Equal([1, 2, 3, 4], queue.Select(e => e.Position));
        Assert.Equal("complaint: 投诉", queue[0].Ticket.Reason);
        Assert.Equal(TimeSpan.FromSeconds(3), queue[2].WaitingFor(H.Time.GetUtcNow()));
    }

    [Fact]
    public async Task Cancelling_gives_the_buyer_back_to_the_bot_and_tells_those_behind_they_moved_up()
    {
        await H.OnlineAgentAsync("a1");
        foreach (var id in new[] { "c1", "c2", "c3" })
        {
            await H.Buyers.RequestHandoffAsync(HandoffHarness.Request(id));
            H.Time.Advance(TimeSpan.FromSeconds(1));
        }

        H.Notifier.Clear();
        var change = await H.Buyers.CancelAsync("c2", "buyer said 算了");

        Assert.Equal(TransitionOutcome.Applied, change.Outcome);
        Assert.Equal(RoutingStatus.BackWithBot, (await H.Buyers.GetRoutingAsync("c2")).Status);
        Assert.Equal(BuyerNoticeKind.BackWithBot, H.Notifier.Last("c2")!.Kind);
        Assert.Empty(H.Notifier.For("c1"));
        var moved = Assert.Single(H.Notifier.For("c3"));
        Assert.Equal(BuyerNoticeKind.MovedUp, moved.Kind);
        Assert.Equal(2, moved.Standing!.Position);
        Assert.Equal(TransitionOutcome.Unchanged, (await H.Buyers.CancelAsync("c2", "again")).Outcome);
        Assert.Equal(2, (await H.Buyers.GetHistoryAsync("c2")).Count);
    }

    [Fact]
    public async Task A_cancelled_buyer_can_ask_again_and_joins_the_end_of_the_queue()
    {
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        H.Time.Advance(TimeSpan.FromSeconds(1));
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c2"));
        await H.Buyers.CancelAsync("c1", "不用了");
        H.Time.Advance(TimeSpan.FromSeconds(1));

        var again = await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));

        Assert.Equal(TransitionOutcome.Applied, again.Outcome);
        Assert.Equal(2, await H.Queue.GetPositionAsync("c1"));
    }

    [Fact]
    public async Task Messages_of_a_queued_buyer_are_kept_for_the_agent_in_order()
    {
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));

        await H.Buyers.AcceptBuyerMessageAsync("c1", "还没到");
        await H.Buyers.AcceptBuyerMessageAsync("c1", "快递单号是多少");
        await H.OnlineAgentAsync("a1");
        var claim = await H.Desk.ClaimNextAsync("a1");

        Assert.Equal(["还没到", "快递单号是多少"], claim.Handover!.HeldMessages);
        Assert.False(await H.Queue.HoldMessageAsync("c1", "after the claim"));
    }

    [Fact]
    public async Task With_no_agent_online_the_buyer_is_told_and_the_conversation_stays_queued()
    {
        await H.Desk.SetPresenceAsync("a1", Agents.AgentPresence.Away);

        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));

        var notice = H.Notifier.Last("c1")!;
        Assert.Equal(BuyerNoticeKind.NoAgentOnline, notice.Kind);
        Assert.Equal(1, notice.Standing!.Position);
        Assert.Equal(RoutingStatus.Queued, (await H.Buyers.GetRoutingAsync("c1")).Status);
    }

    [Fact]
    public async Task Outside_business_hours_the_buyer_is_told_the_next_opening_and_the_message_waits_for_the_next_shift()
    {
        await H.OnlineAgentAsync("a1");
        H.Time.Advance(TimeSpan.FromHours(13.5)); // 23:30 in Shanghai

        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.Buyers.AcceptBuyerMessageAsync("c1", "明天再说也行");

        var notice = H.Notifier.Last("c1")!;
        Assert.Equal(BuyerNoticeKind.OutsideBusinessHours, notice.Kind);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.FromHours(8)), notice.NextOpening);
        Assert.Equal(["明天再说也行"], await H.Queue.GetHeldMessagesAsync("c1"));
        Assert.Equal(RoutingStatus.Queued, (await H.Buyers.GetRoutingAsync("c1")).Status);
    }

    [Fact]
    public async Task The_estimated_wait_comes_from_recent_pickups_and_is_absent_without_any()
    {
        await H.OnlineAgentAsync("a1", capacity: 10);
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("first"));
        Assert.Null(H.Notifier.Last("first")!.Standing!.EstimatedWait);

        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("second"));
        H.Time.Advance(TimeSpan.FromMinutes(5));
        await H.Desk.ClaimNextAsync("a1");
        H.Time.Advance(TimeSpan.FromMinutes(5));
        await H.Desk.ClaimNextAsync("a1");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("x"));
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("y"));

        // Two pick-ups in the 30-minute window: 15 minutes each; y is second in line.
        Assert.Equal(TimeSpan.FromMinutes(30), H.Notifier.Last("y")!.Standing!.EstimatedWait);
        var pickups = await H.Queue.GetRecentPickupsAsync();
        Assert.Equal([TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(5)], pickups.Select(p => p.Waited));
    }
}
