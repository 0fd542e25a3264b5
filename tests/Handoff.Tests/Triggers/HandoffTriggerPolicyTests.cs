using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Triggers;

namespace ShopBot.Handoff.Tests.Triggers;

public sealed class HandoffTriggerPolicyTests
{
    private static HandoffTriggerPolicy Policy(TriggerOptions? triggers = null) =>
        new(Options.Create(new HandoffOptions { Triggers = triggers ?? new TriggerOptions() }));

    [Theory]
    [InlineData("再不处理我就投诉你们")]
    [InlineData("我要给差评")]
    [InlineData("我去打12315")]
    [InlineData("我要 投 诉!")]
    [InlineData("打１２３１５举报你们")]
    public void Complaint_words_escalate_at_complaint_priority(string text)
    {
        var decision = Policy().Evaluate(new TurnFacts(text));

        Assert.Equal(HandoffTrigger.Complaint, decision!.Trigger);
        Assert.Equal(HandoffPriority.Complaint, decision.Priority);
    }

    [Fact]
    public void Text_with_non_characters_or_lone_surrogates_is_judged_not_thrown_on()
    {
        var decision = Policy().Evaluate(new TurnFacts("你们就是一群骗子\uFFFE" + '\uD800'));

        Assert.Equal(HandoffTrigger.Abuse, decision?.Trigger);
    }

    [Fact]
    public void Abuse_escalates_at_complaint_priority()
    {
        var decision = Policy().Evaluate(new TurnFacts("你们就是一群骗子"));

        Assert.Equal((HandoffTrigger.Abuse, HandoffPriority.Complaint), (decision!.Trigger, decision.Priority));
    }

    [Fact]
    public void An_order_number_that_contains_12315_is_not_a_complaint()
    {
        Assert.Null(Policy().Evaluate(new TurnFacts("订单号 2024123158 到哪了")));
    }

    [Fact]
    public void A_plain_question_does_not_escalate()
    {
        Assert.Null(Policy().Evaluate(new TurnFacts("什么时候发货", ConsecutiveFailedTurns: 1)));
    }

    [Fact]
    public void Asking_for_a_person_escalates_and_an_order_past_the_shipping_promise_goes_ahead_of_normal()
    {
        var asked = Policy().Evaluate(new TurnFacts("人工", BuyerAskedForPerson: true));
        var overdue = Policy().Evaluate(new TurnFacts("人工", BuyerAskedForPerson: true, PastShippingPromise: true));

        Assert.Equal((HandoffTrigger.BuyerAsked, HandoffPriority.Normal), (asked!.Trigger, asked.Priority));
        Assert.Equal(HandoffPriority.Overdue, overdue!.Priority);
    }

    [Fact]
    public void Low_confidence_after_one_clarification_escalates()
    {
        Assert.Equal(HandoffTrigger.LowConfidenceAfterClarification, Policy().Evaluate(new TurnFacts("嗯嗯", LowConfidenceAfterClarification: true))!.Trigger);
    }

    [Fact]
    public void Two_failed_turns_in_a_row_escalate_and_the_threshold_is_configurable()
    {
        Assert.Equal(HandoffTrigger.RepeatedFailures, Policy().Evaluate(new TurnFacts("?", ConsecutiveFailedTurns: 2))!.Trigger);
        Assert.Null(Policy(new TriggerOptions { FailedTurnsBeforeHandoff = 3 }).Evaluate(new TurnFacts("?", ConsecutiveFailedTurns: 2)));
    }

    [Fact]
    public void A_flow_that_needs_a_person_escalates_with_its_reason()
    {
        var decision = Policy().Evaluate(new TurnFacts("包裹一直没到", FlowNeedsPerson: "lost parcel"));

        Assert.Equal(HandoffTrigger.FlowNeedsPerson, decision!.Trigger);
        Assert.Equal("flow needs a person: lost parcel", decision.Reason);
    }

    [Fact]
    public void Word_lists_from_the_options_replace_the_built_in_ones()
    {
        var policy = Policy(new TriggerOptions { ComplaintWords = ["找平台"], AbuseWords = [] });

        Assert.Equal(HandoffTrigger.Complaint, policy.Evaluate(new TurnFacts("我要找平台"))!.Trigger);
        Assert.Null(policy.Evaluate(new TurnFacts("我要投诉")));
    }
}
