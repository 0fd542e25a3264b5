using ShopBot.Handoff.Routing;
using ShopBot.Handoff.Tests.Support;

namespace ShopBot.Handoff.Tests;

public abstract partial class HandoffContractTests
{
    [Fact]
    public async Task A_chat_the_agent_handed_back_to_the_bot_can_be_rated_once()
    {
        await H.OnlineAgentAsync("a1");
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.Desk.ClaimNextAsync("a1");
        await H.Desk.HandBackAsync("a1", "c1", "address changed");

        Assert.Equal(RatingOutcome.WrongBuyer, await H.Buyers.RateAsync("c1", "someone-else", 5));
        Assert.Equal(RatingOutcome.Recorded, await H.Buyers.RateAsync("c1", "buyer-c1", 5));
        Assert.Equal(RatingOutcome.AlreadyRated, await H.Buyers.RateAsync("c1", "buyer-c1", 2));
        Assert.Equal(5, (await H.Buyers.GetRoutingAsync("c1")).Rating);
    }

    [Fact]
    public async Task A_buyer_who_left_the_queue_before_any_agent_answered_has_nothing_to_rate()
    {
        await H.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
        await H.Buyers.CancelAsync("c1", "buyer left the queue");

        Assert.Equal(RoutingStatus.BackWithBot, (await H.Buyers.GetRoutingAsync("c1")).Status);
        Assert.Equal(RatingOutcome.NotClosed, await H.Buyers.RateAsync("c1", "buyer-c1", 5));
        Assert.Null((await H.Buyers.GetRoutingAsync("c1")).Rating);
    }
}
