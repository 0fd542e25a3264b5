using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Notifications;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;
using ShopBot.Handoff.Tests.Support;

namespace ShopBot.Handoff.Tests;

/// <summary>Queue caps, deliveries that fail without failing the agent, and moved-up notices that do not grow with the queue.</summary>
public abstract partial class HandoffContractTests
{
    [Fact]
    public async Task A_buyer_already_queued_keeps_their_place_and_a_second_conversations_need_is_added_to_the_queued_one()
    {
        await H.OnlineAgentAsync("a1");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("first"));
        H.Time.Advance(TimeSpan.FromSeconds(1));
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("other"));

        var second = await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("second", HandoffPriority.Complaint) with { BuyerId = "buyer-first" });

        Assert.Equal(TransitionOutcome.BuyerAlreadyQueued, second.Outcome);
        Assert.Equal(RoutingStatus.WithBot, (await H.Buyers.GetRoutingAsync("second")).Status);
        Assert.Equal(["first", "other"], (await H.Desk.ListQueueAsync()).Select(e => e.ConversationId));
        Assert.Equal(BuyerNoticeKind.AddedToQueuedChat, Assert.Single(H.Notifier.For("second")).Kind);
        Assert.Empty(await H.Buyers.GetHistoryAsync("second"));
        var added = Assert.Single(await H.Queue.GetHeldMessagesAsync("first"));
        Assert.Contains("where is my parcel", added, StringComparison.Ordinal);
        Assert.Contains("order 1001: shipped", added, StringComparison.Ordinal);
        Assert.Contains("case-7", added, StringComparison.Ordinal);
        Assert.Empty(await H.Queue.GetHeldMessagesAsync("other"));
    }

    [Fact]
    public async Task A_buyer_may_queue_again_once_their_queued_conversation_was_taken()
    {
        await H.OnlineAgentAsync("a1");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("first"));
        await H.Desk.ClaimNextAsync("a1");

        var again = await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("second") with { BuyerId = "buyer-first" });

        Assert.Equal(TransitionOutcome.Applied, again.Outcome);
        Assert.Equal(1, await H.Queue.GetPositionAsync("second"));
    }

    [Fact]
    public async Task A_flood_of_complaints_from_one_buyer_does_not_push_a_real_buyer_back()
    {
        for (var i = 0; i < 5; i++)
        {
            await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("early-" + i));
            H.Time.Advance(TimeSpan.FromMilliseconds(10));
        }

        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("real"));
        var outcomes = new List<TransitionOutcome>();
        for (var i = 0; i < 100; i++)
        {
            H.Time.Advance(TimeSpan.FromMilliseconds(10));
            var request = HandoffHarness.Request("fake-" + i, HandoffPriority.Complaint, "complaint: 投诉") with { BuyerId = "troll" };
            outcomes.Add((await H.Buyers.RequestHandoffAsync(request)).Outcome);
        }

        Assert.Equal(1, outcomes.Count(o => o == TransitionOutcome.Applied));
        Assert.Equal(99, outcomes.Count(o => o == TransitionOutcome.BuyerAlreadyQueued));
        Assert.Equal(7, await H.Queue.GetPositionAsync("real"));
        Assert.Equal(7, (await H.Desk.ListQueueAsync()).Count);
    }

    [Fact]
    public async Task A_full_channel_refuses_new_buyers_with_a_notice_and_takes_them_again_when_a_place_frees_up()
    {
        H.Options.MaxQueuedPerChannel = 3;
        await H.OnlineAgentAsync("a1");
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c" + i) with { Channel = "directline" })).Applied);
        }

        var refused = await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("late") with { Channel = "directline" });
        var otherChannel = await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("teams") with { Channel = "msteams" });

        Assert.Equal(TransitionOutcome.QueueFull, refused.Outcome);
        Assert.Equal(BuyerNoticeKind.QueueFull, Assert.Single(H.Notifier.For("late")).Kind);
        Assert.Null(await H.Queue.GetPositionAsync("late"));
        Assert.Equal(TransitionOutcome.Applied, otherChannel.Outcome);

        await H.Desk.ClaimNextAsync("a1");
        Assert.Equal(TransitionOutcome.Applied, (await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("late") with { Channel = "directline" })).Outcome);
    }

    [Fact]
    public async Task A_released_chat_goes_back_to_the_queue_even_when_the_channel_is_full()
    {
        H.Options.MaxQueuedPerChannel = 1;
        await H.OnlineAgentAsync("a1");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.Desk.ClaimNextAsync("a1");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c2"));

        var released = await H.Desk.ReleaseAsync("a1", "c1", "wrong team");

        Assert.Equal(TransitionOutcome.Applied, released.Outcome);
        Assert.Equal(["c1", "c2"], (await H.Desk.ListQueueAsync()).Select(e => e.ConversationId));
        Assert.Equal(TransitionOutcome.QueueFull, (await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c3"))).Outcome);
    }

    [Fact]
    public async Task A_buyer_who_cannot_be_reached_never_fails_the_agent_and_every_change_stands()
    {
        await H.OnlineAgentAsync("a1");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("gone"));
        H.Notifier.Unreachable["gone"] = true;

        var claim = await H.Desk.ClaimAsync("a1", "gone");
        var reply = await H.Desk.SendReplyAsync("a1", "gone", "亲，已为您登记", HandoffHarness.AllowAll);
        var released = await H.Desk.ReleaseAsync("a1", "gone", "try another agent");
        await H.Desk.ClaimNextAsync("a1");
        var closed = await H.Desk.CloseAsync("a1", "gone", "done");

        Assert.Equal(TransitionOutcome.Applied, claim.Change.Outcome);
        Assert.NotNull(claim.Handover);
        Assert.False(claim.Delivered);
        Assert.Equal((AgentReplyOutcome.Sent, false), (reply.Outcome, reply.Delivered));
        Assert.Equal((TransitionOutcome.Applied, false), (released.Outcome, released.Delivered));
        Assert.Equal((TransitionOutcome.Applied, false), (closed.Outcome, closed.Delivered));
        Assert.Equal(RoutingStatus.Closed, (await H.Buyers.GetRoutingAsync("gone")).Status);
        Assert.Empty((await H.Desk.GetAgentAsync("a1"))!.Conversations);
        Assert.Equal([BuyerNoticeKind.Queued], H.Notifier.For("gone").Select(n => n.Kind));
    }

    [Fact]
    public async Task A_buyer_who_cannot_be_reached_does_not_keep_those_behind_from_hearing_they_moved_up()
    {
        await H.OnlineAgentAsync("a1");
        foreach (var id in new[] { "c1", "gone", "c3" })
        {
            await H.Buyers.RequestHandoffAsync(HandoffHarness.Request(id));
            H.Time.Advance(TimeSpan.FromSeconds(1));
        }

        H.Notifier.Unreachable["gone"] = true;
        H.Notifier.Clear();

        var claim = await H.Desk.ClaimNextAsync("a1");

        Assert.True(claim.Delivered);
        Assert.Equal(2, H.Notifier.Last("c3")!.Standing!.Position);
        Assert.Empty(H.Notifier.For("gone"));
    }

    [Fact]
    public async Task At_depth_200_the_last_buyer_hears_a_bounded_number_of_moves_and_the_buyer_at_position_2_is_told()
    {
        for (var i = 0; i < 200; i++)
        {
            await H.Buyers.RequestHandoffAsync(HandoffHarness.Request($"c{i:000}"));
            H.Time.Advance(TimeSpan.FromMilliseconds(10));
        }

        for (var a = 0; a < 4; a++)
        {
            await H.OnlineAgentAsync("a" + a, capacity: 50);
        }

        H.Notifier.Clear();
        var first = await H.Desk.ClaimNextAsync("a0");
        Assert.Equal("c000", first.Handover!.Routing.ConversationId);
        Assert.Equal(2, H.Notifier.Last("c002")!.Standing!.Position);
        Assert.Empty(H.Notifier.For("c007"));

        for (var i = 1; i < 199; i++)
        {
            Assert.True((await H.Desk.ClaimNextAsync("a" + (i / 50))).Change.Applied);
        }

        var last = H.Notifier.For("c199");
        Assert.InRange(last.Count, 1, 12);
        Assert.All(last, n => Assert.Equal(BuyerNoticeKind.MovedUp, n.Kind));
        Assert.Equal(1, last[^1].Standing!.Position);
        Assert.Equal([100, 50, 20, 10, 5, 3, 2, 1], last.Select(n => n.Standing!.Position));
        // At most the 9 milestone positions up to 200 per claim; telling everyone behind was about 19,900 notices.
        Assert.InRange(H.Notifier.Notices.Count(n => n.Kind == BuyerNoticeKind.MovedUp), 199, 199 * 9);
    }
}
