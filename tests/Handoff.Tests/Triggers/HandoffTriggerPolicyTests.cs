using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Triggers;

namespace ShopBot.Handoff.Tests.Triggers;

public sealed class HandoffTriggerPolicyTests
{
    private static HandoffTriggerPolicy Policy(TriggerOptions? triggers = null) =>
        new(Options.Create(new HandoffOptions { Triggers = triggers ?? new TriggerOptions() }));

    [Fact]
    public void A_complaint_word_escalates_at_complaint_priority_with_the_word_as_reason()
    {
        var decision = Policy().Evaluate(new TurnFacts(ComplaintWord: "投诉", BuyerAskedForPerson: true));

        Assert.Equal((HandoffTrigger.Complaint, HandoffPriority.Complaint), (decision!.Trigger, decision.Priority));
        Assert.Equal("complaint: 投诉", decision.Reason);
    }

    [Fact]
    public void Abuse_escalates_at_complaint_priority()
    {
        var decision = Policy().Evaluate(new TurnFacts(AbuseWord: "骗子"));

        Assert.Equal((HandoffTrigger.Abuse, HandoffPriority.Complaint), (decision!.Trigger, decision.Priority));
    }

    [Fact]
    public void A_plain_question_does_not_escalate()
    {
        Assert.Null(Policy().Evaluate(new TurnFacts(ConsecutiveFailedTurns: 1)));
    }

    [Fact]
    public void Asking_for_a_person_escalates_and_an_order_past_the_shipping_promise_goes_ahead_of_normal()
    {
        var asked = Policy().Evaluate(new TurnFacts(BuyerAskedForPerson: true));
        var overdue = Policy().Evaluate(new TurnFacts(BuyerAskedForPerson: true, PastShippingPromise: true));

        Assert.Equal((HandoffTrigger.BuyerAsked, HandoffPriority.Normal), (asked!.Trigger, asked.Priority));
        Assert.Equal(HandoffPriority.Overdue, overdue!.Priority);
    }

    [Fact]
    public void Low_confidence_after_one_clarification_escalates()
    {
        Assert.Equal(HandoffTrigger.LowConfidenceAfterClarification, Policy().Evaluate(new TurnFacts(LowConfidenceAfterClarification: true))!.Trigger);
    }

    [Fact]
    public void Two_failed_turns_in_a_row_escalate_and_the_threshold_is_configurable()
    {
        Assert.Equal(HandoffTrigger.RepeatedFailures, Policy().Evaluate(new TurnFacts(ConsecutiveFailedTurns: 2))!.Trigger);
        Assert.Null(Policy(new TriggerOptions { FailedTurnsBeforeHandoff = 3 }).Evaluate(new TurnFacts(ConsecutiveFailedTurns: 2)));
    }

    [Fact]
    public void A_flow_that_needs_a_person_escalates_with_its_reason()
    {
        var decision = Policy().Evaluate(new TurnFacts(FlowNeedsPerson: "lost parcel"));

        Assert.Equal(HandoffTrigger.FlowNeedsPerson, decision!.Trigger);
        Assert.Equal("flow needs a person: lost parcel", decision.Reason);
    }
}
