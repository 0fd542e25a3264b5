using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Desk;
using ShopBot.Handoff.Notifications;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;
using ShopBot.Handoff.Tests.Support;

namespace ShopBot.Handoff.Tests;

public abstract partial class HandoffContractTests
{
    [Fact]
    public async Task A_complaint_comes_first_even_when_normal_chats_went_back_to_the_queue()
    {
        await H.OnlineAgentAsync("a1", capacity: 3);
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("normal-1"));
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("normal-2"));
        await H.Desk.ClaimAsync("a1", "normal-1");
        await H.Desk.ClaimAsync("a1", "normal-2");
        H.Time.Advance(TimeSpan.FromSeconds(1));
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("fresh"));
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("overdue", HandoffPriority.Overdue));
        H.Time.Advance(TimeSpan.FromSeconds(1));
        await H.Desk.ReleaseAsync("a1", "normal-1", "test");
        H.Time.Advance(TimeSpan.FromSeconds(1));
        await H.Desk.SetPresenceAsync("a1", AgentPresence.Offline);
        H.Time.Advance(TimeSpan.FromSeconds(1));
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("complaint", HandoffPriority.Complaint));

        var queue = await H.Desk.ListQueueAsync();

        Assert.Equal(["complaint", "overdue", "normal-1", "normal-2", "fresh"], queue.Select(e => e.ConversationId));
        Assert.Equal([false, false, true, true, false], queue.Select(e => e.Returned));
        Assert.Equal(1, await H.Queue.GetPositionAsync("complaint"));
        await H.OnlineAgentAsync("a2");
        Assert.Equal("complaint", (await H.Desk.ClaimNextAsync("a2")).Handover!.Routing.ConversationId);
    }

    [Fact]
    public async Task Typing_counts_as_answering_and_moves_the_answer_deadline()
    {
        await H.OnlineAgentAsync("a1");
        await H.OnlineAgentAsync("a2");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.Desk.ClaimAsync("a1", "c1");
        Assert.Equal(HandoffHarness.Start + H.Options.AgentAnswerTimeout, (await H.Desk.AnswerDeadlinesAsync(["c1", "unknown"]))["c1"]);

        H.Time.Advance(TimeSpan.FromMinutes(2.5));
        Assert.True(await H.Desk.TypingAsync("a1", "c1"));
        Assert.False(await H.Desk.TypingAsync("a2", "c1"));
        Assert.False(await H.Desk.TypingAsync("a1", "unknown"));
        H.Time.Advance(TimeSpan.FromMinutes(1));
        await H.Desk.HeartbeatAsync("a1");
        await H.Desk.HeartbeatAsync("a2");

        Assert.Equal(new SweepReport(0, 0), await H.Sweeper.SweepAsync());
        Assert.Equal(H.Time.GetUtcNow() + TimeSpan.FromMinutes(2), (await H.Desk.AnswerDeadlinesAsync(["c1"]))["c1"]);
        H.Time.Advance(TimeSpan.FromMinutes(2.5));
        await H.Desk.HeartbeatAsync("a1");
        await H.Desk.HeartbeatAsync("a2");
        Assert.Equal(new SweepReport(0, 1), await H.Sweeper.SweepAsync());
        Assert.Equal(RoutingStatus.Queued, (await H.Buyers.GetRoutingAsync("c1")).Status);
    }

    [Fact]
    public async Task Typing_does_not_start_a_clock_when_the_buyer_is_not_waiting()
    {
        await H.OnlineAgentAsync("a1");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.Desk.ClaimAsync("a1", "c1");
        await H.Desk.SendReplyAsync("a1", "c1", "您好", HandoffHarness.AllowAll);

        Assert.True(await H.Desk.TypingAsync("a1", "c1"));

        Assert.Empty(await H.Desk.AnswerDeadlinesAsync(["c1"]));
    }

    [Fact]
    public async Task A_colleague_who_accepts_a_transfer_owns_the_chat_and_the_buyer_is_told_who_answers()
    {
        await H.OnlineAgentAsync("a1");
        await H.OnlineAgentAsync("a2");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.Desk.ClaimAsync("a1", "c1");
        H.Time.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(TransitionOutcome.Applied, await H.Desk.OfferTransferAsync("a1", "c1", "a2"));
        var offer = Assert.Single(await H.Desk.TransferOffersAsync("a2"));
        Assert.Equal(("c1", "a1", "a2"), (offer.ConversationId, offer.FromAgentId, offer.ToAgentId));
        Assert.Empty(await H.Desk.TransferOffersAsync("a1"));
        Assert.Equal("a1", (await H.Buyers.GetRoutingAsync("c1")).AgentId);

        H.Time.Advance(TimeSpan.FromSeconds(30));
        var claim = await H.Desk.AcceptTransferAsync("a2", "c1");

        Assert.Equal(TransitionOutcome.Applied, claim.Change.Outcome);
        Assert.Equal("a2", claim.Handover!.Routing.AgentId);
        Assert.Equal(["c1"], (await H.Desk.GetAgentAsync("a2"))!.Conversations);
        Assert.Empty((await H.Desk.GetAgentAsync("a1"))!.Conversations);
        Assert.Equal((BuyerNoticeKind.AgentJoined, "a2"), (H.Notifier.Last("c1")!.Kind, H.Notifier.Last("c1")!.AgentId));
        var last = (await H.Buyers.GetHistoryAsync("c1"))[^1];
        Assert.Equal((RoutingStatus.WithAgent, RoutingStatus.WithAgent, "agent:a2", "transferred from a1"), (last.From, last.To, last.Actor, last.Reason));
        Assert.Equal(H.Time.GetUtcNow() + H.Options.AgentAnswerTimeout, (await H.Desk.AnswerDeadlinesAsync(["c1"]))["c1"]);
        Assert.Empty(await H.Desk.TransferOffersAsync("a2"));
        Assert.Equal(TransitionOutcome.WrongState, (await H.Desk.AcceptTransferAsync("a2", "c1")).Change.Outcome);
        Assert.Equal(AgentReplyOutcome.NotOwner, (await H.Desk.SendReplyAsync("a1", "c1", "还在吗", HandoffHarness.AllowAll)).Outcome);
    }

    [Fact]
    public async Task A_declined_transfer_puts_the_chat_back_at_the_head_of_the_queue()
    {
        await H.OnlineAgentAsync("a1");
        await H.OnlineAgentAsync("a2");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.Desk.ClaimAsync("a1", "c1");
        H.Time.Advance(TimeSpan.FromSeconds(1));
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("waiting"));
        await H.Desk.OfferTransferAsync("a1", "c1", "a2");

        Assert.Null(await H.Desk.DeclineTransferAsync("a1", "c1"));
        var change = await H.Desk.DeclineTransferAsync("a2", "c1");

        Assert.Equal(TransitionOutcome.Applied, change!.Outcome);
        Assert.Equal(["c1", "waiting"], (await H.Desk.ListQueueAsync()).Select(e => e.ConversationId));
        Assert.Empty((await H.Desk.GetAgentAsync("a1"))!.Conversations);
        Assert.Equal(BuyerNoticeKind.AgentLeft, H.Notifier.Last("c1")!.Kind);
        Assert.Equal(1, H.Notifier.Last("c1")!.Standing!.Position);
        Assert.Null(await H.Desk.DeclineTransferAsync("a2", "c1"));
    }

    [Fact]
    public async Task A_transfer_needs_the_owner_and_an_online_colleague_and_lapses_when_the_chat_moves()
    {
        await H.OnlineAgentAsync("a1");
        await H.OnlineAgentAsync("a2");
        await H.Desk.SetPresenceAsync("away", AgentPresence.Away);
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("queued"));
        await H.Desk.ClaimAsync("a1", "c1");

        Assert.Equal(TransitionOutcome.NotOwner, await H.Desk.OfferTransferAsync("a2", "c1", "a1"));
        Assert.Equal(TransitionOutcome.AgentUnavailable, await H.Desk.OfferTransferAsync("a1", "c1", "away"));
        Assert.Equal(TransitionOutcome.AgentUnavailable, await H.Desk.OfferTransferAsync("a1", "c1", "ghost"));
        Assert.Equal(TransitionOutcome.AgentUnavailable, await H.Desk.OfferTransferAsync("a1", "c1", "a1"));
        Assert.Equal(TransitionOutcome.WrongState, await H.Desk.OfferTransferAsync("a1", "queued", "a2"));
        Assert.Equal(TransitionOutcome.WrongState, await H.Desk.OfferTransferAsync("a1", "unknown", "a2"));

        Assert.Equal(TransitionOutcome.Applied, await H.Desk.OfferTransferAsync("a1", "c1", "a2"));
        H.Time.Advance(TimeSpan.FromSeconds(1));
        await H.Desk.ReleaseAsync("a1", "c1", "test");
        H.Time.Advance(TimeSpan.FromSeconds(1));
        await H.Desk.ClaimAsync("a1", "c1");

        Assert.Empty(await H.Desk.TransferOffersAsync("a2"));
        Assert.Equal(TransitionOutcome.WrongState, (await H.Desk.AcceptTransferAsync("a2", "c1")).Change.Outcome);
        Assert.Equal("a1", (await H.Buyers.GetRoutingAsync("c1")).AgentId);
    }

    [Fact]
    public async Task A_colleague_at_capacity_cannot_accept_and_the_chat_stays_where_it_was()
    {
        await H.OnlineAgentAsync("a1");
        await H.OnlineAgentAsync("a2", capacity: 1);
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c2"));
        await H.Desk.ClaimAsync("a1", "c1");
        await H.Desk.ClaimAsync("a2", "c2");
        await H.Desk.OfferTransferAsync("a1", "c1", "a2");

        var claim = await H.Desk.AcceptTransferAsync("a2", "c1");

        Assert.Equal(TransitionOutcome.AgentUnavailable, claim.Change.Outcome);
        Assert.Null(claim.Handover);
        Assert.Equal("a1", (await H.Buyers.GetRoutingAsync("c1")).AgentId);
        Assert.Single(await H.Desk.TransferOffersAsync("a2"));
    }

    [Fact]
    public async Task A_new_offer_replaces_the_earlier_one()
    {
        await H.OnlineAgentAsync("a1");
        await H.OnlineAgentAsync("a2");
        await H.OnlineAgentAsync("a3");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.Desk.ClaimAsync("a1", "c1");

        await H.Desk.OfferTransferAsync("a1", "c1", "a2");
        await H.Desk.OfferTransferAsync("a1", "c1", "a3");

        Assert.Empty(await H.Desk.TransferOffersAsync("a2"));
        Assert.Equal(TransitionOutcome.WrongState, (await H.Desk.AcceptTransferAsync("a2", "c1")).Change.Outcome);
        Assert.Equal("c1", Assert.Single(await H.Desk.TransferOffersAsync("a3")).ConversationId);
    }

    [Fact]
    public async Task Notes_are_kept_in_order_apart_from_the_transcript_and_the_oldest_go_past_the_limit()
    {
        await H.Transcripts.AppendAsync("c1", """{"type":"message","text":"在吗"}""");

        await H.Desk.AddNoteAsync("a1", "c1", "  买家情绪激动，先安抚  ");
        H.Time.Advance(TimeSpan.FromSeconds(1));
        await H.Desk.AddNoteAsync("a2", "c1", "已联系仓库");

        var notes = await H.Desk.NotesAsync("c1");
        Assert.Equal([("a1", "买家情绪激动，先安抚"), ("a2", "已联系仓库")], notes.Select(n => (n.AgentId, n.Text)));
        Assert.Equal(HandoffHarness.Start, notes[0].At);
        Assert.DoesNotContain(await H.Transcripts.ReadAsync("c1", 0, 100), e => e.ActivityJson.Contains("仓库", StringComparison.Ordinal));
        Assert.Empty(await H.Desk.NotesAsync("c2"));

        for (var i = 0; i < AgentDesk.NotesKept; i++)
        {
            await H.Notes.AddAsync("c3", new ConversationNote("a1", "note " + i, H.Time.GetUtcNow()), AgentDesk.NotesKept);
        }

        await H.Desk.AddNoteAsync("a1", "c3", "newest");
        var kept = await H.Desk.NotesAsync("c3");
        Assert.Equal(AgentDesk.NotesKept, kept.Count);
        Assert.Equal(("note 1", "newest"), (kept[0].Text, kept[^1].Text));
    }
}
