using ShopBot.Handoff.Desk;
using ShopBot.Handoff.Notifications;
using ShopBot.Handoff.Routing;
using ShopBot.Handoff.Tests.Support;

namespace ShopBot.Handoff.Tests;

public abstract partial class HandoffContractTests
{
    [Fact]
    public async Task The_owner_lookup_names_the_agent_only_while_the_chat_is_with_them()
    {
        var store = (IDeskStore)H.Queue;
        await H.OnlineAgentAsync("a1");
        Assert.Null(await store.GetOwnerAsync("c1"));
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        Assert.Null(await store.GetOwnerAsync("c1"));

        await H.Desk.ClaimAsync("a1", "c1");

        Assert.Equal("a1", await store.GetOwnerAsync("c1"));
        Assert.True(await H.Desk.OwnsAsync("a1", "c1"));
        Assert.False(await H.Desk.OwnsAsync("a2", "c1"));
        await H.Desk.CloseAsync("a1", "c1", "done");
        Assert.Null(await store.GetOwnerAsync("c1"));
        Assert.False(await H.Desk.OwnsAsync("a1", "c1"));
    }

    [Fact]
    public async Task A_transfer_nobody_accepts_goes_back_to_the_head_of_the_queue_once_the_offer_times_out()
    {
        await H.OnlineAgentAsync("a1");
        await H.OnlineAgentAsync("a2");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.Desk.ClaimAsync("a1", "c1");
        await H.Desk.SendReplyAsync("a1", "c1", "您好", HandoffHarness.AllowAll);
        H.Time.Advance(TimeSpan.FromSeconds(1));
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("waiting"));
        await H.Desk.OfferTransferAsync("a1", "c1", "a2");

        await AdvanceKeepingAgentsOnlineAsync(H.Options.TransferOfferTimeout - TimeSpan.FromSeconds(1));
        Assert.Equal(new SweepReport(0, 0), await H.Sweeper.SweepAsync());
        Assert.Equal("a1", (await H.Desk.GetRoutingAsync("c1")).AgentId);
        Assert.Single(await H.Desk.TransferOffersAsync("a2"));

        await AdvanceKeepingAgentsOnlineAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(new SweepReport(0, 1), await H.Sweeper.SweepAsync());

        Assert.Equal(["c1", "waiting"], (await H.Desk.ListQueueAsync()).Select(e => e.ConversationId));
        Assert.Empty((await H.Desk.GetAgentAsync("a1"))!.Conversations);
        Assert.Empty(await H.Desk.TransferOffersAsync("a2"));
        Assert.Equal((BuyerNoticeKind.AgentLeft, 1), (H.Notifier.Last("c1")!.Kind, H.Notifier.Last("c1")!.Standing!.Position));
        var last = (await H.Desk.GetHistoryAsync("c1"))[^1];
        Assert.Equal(("system", RoutingStatus.Queued), (last.Actor, last.To));
        Assert.Contains("a2", last.Reason, StringComparison.Ordinal);
        Assert.Equal(new SweepReport(0, 0), await H.Sweeper.SweepAsync());
    }

    [Fact]
    public async Task An_accepted_transfer_and_one_whose_chat_ended_never_time_out()
    {
        await H.OnlineAgentAsync("a1");
        await H.OnlineAgentAsync("a2");
        foreach (var id in new[] { "accepted", "ended" })
        {
            await H.Buyers.RequestHandoffAsync(HandoffHarness.Request(id));
            await H.Desk.ClaimAsync("a1", id);
            await H.Desk.SendReplyAsync("a1", id, "您好", HandoffHarness.AllowAll);
            await H.Desk.OfferTransferAsync("a1", id, "a2");
        }

        await H.Desk.AcceptTransferAsync("a2", "accepted");
        await H.Desk.CloseAsync("a1", "ended", "done");
        await AdvanceKeepingAgentsOnlineAsync(H.Options.TransferOfferTimeout + TimeSpan.FromSeconds(1));

        Assert.Equal(new SweepReport(0, 0), await H.Sweeper.SweepAsync());
        Assert.Equal((RoutingStatus.WithAgent, "a2"), ((await H.Desk.GetRoutingAsync("accepted")).Status, (await H.Desk.GetRoutingAsync("accepted")).AgentId));
        Assert.Equal(RoutingStatus.Closed, (await H.Desk.GetRoutingAsync("ended")).Status);
        Assert.Empty(await H.Desk.ListQueueAsync());
    }

    private async Task AdvanceKeepingAgentsOnlineAsync(TimeSpan by)
    {
        H.Time.Advance(by);
        await H.Desk.HeartbeatAsync("a1");
        await H.Desk.HeartbeatAsync("a2");
    }
}
