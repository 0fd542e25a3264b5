using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Notifications;
using ShopBot.Handoff.Routing;
using ShopBot.Handoff.Tests.Support;

namespace ShopBot.Handoff.Tests;

public abstract partial class HandoffContractTests
{
    [Fact]
    public async Task An_agent_reply_reaches_the_buyer_only_after_the_screen_allowed_it_and_as_rewritten()
    {
        await H.OnlineAgentAsync("a1");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.Desk.ClaimNextAsync("a1");

        var blocked = await H.Desk.SendReplyAsync("a1", "c1", "全网最低价,保证明天到",
            (_, _) => Task.FromResult(ScreenedReply.Block("superlative", "promise")));
        Assert.Equal(AgentReplyOutcome.Blocked, blocked.Outcome);
        Assert.Equal(["superlative", "promise"], blocked.Reasons);
        Assert.Empty(H.Notifier.Replies);

        var sent = await H.Desk.SendReplyAsync("a1", "c1", "保证明天到",
            (text, _) => Task.FromResult(ScreenedReply.Allow(text.Replace("保证", "争取", StringComparison.Ordinal))));
        Assert.Equal(AgentReplyOutcome.Sent, sent.Outcome);
        Assert.Equal(("c1", "a1", "争取明天到"), Assert.Single(H.Notifier.Replies));
    }

    [Fact]
    public async Task Only_the_owning_agent_can_reply_hand_back_or_close()
    {
        await H.OnlineAgentAsync("a1");
        await H.OnlineAgentAsync("a2");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.Desk.ClaimNextAsync("a1");

        Assert.Equal(AgentReplyOutcome.NotOwner, (await H.Desk.SendReplyAsync("a2", "c1", "hi", HandoffHarness.AllowAll)).Outcome);
        Assert.Equal(TransitionOutcome.NotOwner, (await H.Desk.HandBackAsync("a2", "c1", "done")).Outcome);
        Assert.Equal(TransitionOutcome.NotOwner, (await H.Desk.CloseAsync("a2", "c1", "done")).Outcome);
        Assert.Equal(TransitionOutcome.NotOwner, (await H.Desk.ReleaseAsync("a2", "c1", "busy")).Outcome);
        Assert.Empty(H.Notifier.Replies);
        Assert.Equal("a1", (await H.Buyers.GetRoutingAsync("c1")).AgentId);
    }

    [Fact]
    public async Task Handing_back_returns_the_buyer_to_the_bot_once_and_frees_the_agent()
    {
        await H.OnlineAgentAsync("a1");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.Desk.ClaimNextAsync("a1");

        var first = await H.Desk.HandBackAsync("a1", "c1", "refund opened, bot can follow up");
        var second = await H.Desk.HandBackAsync("a1", "c1", "again");

        Assert.Equal(TransitionOutcome.Applied, first.Outcome);
        Assert.Equal(TransitionOutcome.Unchanged, second.Outcome);
        Assert.Equal(RoutingStatus.BackWithBot, first.Routing!.Status);
        Assert.Null(first.Routing.AgentId);
        Assert.Empty((await H.Desk.GetAgentAsync("a1"))!.Conversations);
        Assert.Equal(BuyerNoticeKind.BackWithBot, H.Notifier.Last("c1")!.Kind);
        var last = (await H.Buyers.GetHistoryAsync("c1"))[^1];
        Assert.Equal(("agent:a1", "refund opened, bot can follow up", H.Time.GetUtcNow()), (last.Actor, last.Reason, last.At));
        Assert.Equal(3, (await H.Buyers.GetHistoryAsync("c1")).Count);
    }

    [Fact]
    public async Task A_closed_case_can_be_rated_once_from_1_to_5_by_its_own_buyer()
    {
        await H.OnlineAgentAsync("a1");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.Desk.ClaimNextAsync("a1");
        Assert.Equal(RatingOutcome.NotClosed, await H.Buyers.RateAsync("c1", "buyer-c1", 5));

        Assert.Equal(TransitionOutcome.Applied, (await H.Desk.CloseAsync("a1", "c1", "refunded")).Outcome);
        Assert.Equal(TransitionOutcome.Unchanged, (await H.Desk.CloseAsync("a1", "c1", "refunded")).Outcome);
        Assert.Equal(BuyerNoticeKind.Closed, H.Notifier.Last("c1")!.Kind);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => H.Buyers.RateAsync("c1", "buyer-c1", 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => H.Buyers.RateAsync("c1", "buyer-c1", 6));
        Assert.Equal(RatingOutcome.WrongBuyer, await H.Buyers.RateAsync("c1", "someone-else", 1));
        Assert.Equal(RatingOutcome.Recorded, await H.Buyers.RateAsync("c1", "buyer-c1", 4));
        Assert.Equal(RatingOutcome.AlreadyRated, await H.Buyers.RateAsync("c1", "buyer-c1", 1));

        Assert.Equal(4, (await H.Buyers.GetRoutingAsync("c1")).Rating);
        Assert.Equal(RatingOutcome.NotClosed, await H.Buyers.RateAsync("nobody", "buyer-x", 3));
    }

    [Fact]
    public async Task A_closed_conversation_can_be_escalated_again_as_a_new_case_without_the_old_rating()
    {
        await H.OnlineAgentAsync("a1");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.Desk.ClaimNextAsync("a1");
        await H.Desk.CloseAsync("a1", "c1", "done");
        await H.Buyers.RateAsync("c1", "buyer-c1", 2);

        var again = await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1", reason: "parcel lost after all"));

        Assert.Equal(TransitionOutcome.Applied, again.Outcome);
        Assert.Null(again.Routing!.Rating);
        Assert.Equal("parcel lost after all", again.Routing.Ticket!.Reason);
        Assert.Equal(
            [(RoutingStatus.WithBot, RoutingStatus.Queued), (RoutingStatus.Queued, RoutingStatus.WithAgent), (RoutingStatus.WithAgent, RoutingStatus.Closed), (RoutingStatus.Closed, RoutingStatus.Queued)],
            (await H.Buyers.GetHistoryAsync("c1")).Select(t => (t.From, t.To)));
    }

    [Fact]
    public async Task A_buyer_cannot_leave_the_queue_by_cancelling_while_an_agent_owns_the_chat()
    {
        await H.OnlineAgentAsync("a1");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.Desk.ClaimNextAsync("a1");

        Assert.Equal(TransitionOutcome.WrongState, (await H.Buyers.CancelAsync("c1", "算了")).Outcome);
        Assert.Equal(TransitionOutcome.WrongState, (await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"))).Outcome);
        Assert.Equal(RoutingStatus.WithAgent, (await H.Buyers.GetRoutingAsync("c1")).Status);
    }
}
