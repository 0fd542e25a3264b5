using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class DialogEngineTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Fact]
    public async Task Asking_for_a_person_mid_flow_ends_the_turn_with_a_handoff_request()
    {
        var buyer = harness.Start("阿福的杂货铺");
        await buyer.SayAsync("3617051183306682495 要开发票");

        var outcome = await buyer.SayAsync("算了 人 工 客 服");

        Assert.True(outcome.BuyerAskedForPerson);
        Assert.Empty(outcome.Replies);
    }

    [Fact]
    public async Task A_clear_new_request_mid_flow_changes_the_topic()
    {
        var buyer = harness.Start("一只小兔叽");
        await buyer.SayAsync("要开发票");
        Assert.Equal("invoice", buyer.State.ActiveFlow);

        var outcome = await buyer.SayAsync("我的快递到哪了？");

        Assert.Equal("track", outcome.Intent);
        Assert.Contains("SF1428566013728", buyer.LastText);
    }

    [Fact]
    public async Task Two_turns_the_bot_cannot_use_are_counted_in_a_row()
    {
        var buyer = harness.Start("一只小兔叽");
        var unclear = Understanding("asdf qwer", (IntentIds.Other, 0.15f), (IntentIds.Track, 0.14f));

        var first = await buyer.SayAsync(unclear);
        var second = await buyer.SayAsync(unclear);

        Assert.Equal(DialogOutcomeKind.NotUnderstood, second.Kind);
        Assert.Equal(1, first.ConsecutiveFailedTurns);
        Assert.Equal(2, second.ConsecutiveFailedTurns);
    }

    [Fact]
    public async Task An_unclear_request_is_clarified_once_and_the_answer_picks_the_flow()
    {
        var buyer = harness.Start("一只小兔叽");

        var asked = await buyer.SayAsync(Understanding("东西的事", (IntentIds.Track, 0.4f), (IntentIds.QualityReturn, 0.35f)));
        Assert.Equal(DialogOutcomeKind.Clarifying, asked.Kind);
        Assert.Contains("查询包裹物流", asked.SuggestedReplies);

        var answered = await buyer.SayAsync("查询包裹物流");

        Assert.Equal("track", answered.Intent);
        Assert.Contains("SF1428566013728", buyer.LastText);
    }

    [Fact]
    public async Task Still_unclear_after_one_clarification_asks_for_a_person()
    {
        // A buyer with a shipped and an unshipped order, so that both tracking and hurrying are offered.
        var buyer = harness.Start("橙子不酸");
        await buyer.SayAsync(Understanding("那个", (IntentIds.Track, 0.4f), (IntentIds.Hurry, 0.35f)));

        var outcome = await buyer.SayAsync(Understanding("嗯嗯", (IntentIds.Other, 0.2f), (IntentIds.Greeting, 0.19f)));

        Assert.True(outcome.LowConfidenceAfterClarification);
    }

    [Fact]
    public async Task A_general_policy_question_is_answered_from_the_policies()
    {
        var buyer = harness.Start("一只小兔叽");

        await buyer.SayAsync("质量问题退货运费谁出？");

        Assert.Equal("policy.answer", buyer.Last.Replies.Single().TemplateId);
        Assert.Null(buyer.State.ActiveFlow);
    }

    /// <summary>A made-up understanding, to drive the engine through confidence levels the model gives only by chance.</summary>
    private static Understanding Understanding(string text, params (string Intent, float Confidence)[] scores)
    {
        var list = scores.Select(s => new IntentScore(s.Intent, s.Confidence)).ToList();
        var decider = new IntentDecider(Microsoft.Extensions.Options.Options.Create(new DecisionOptions()));
        return new Understanding(text, KnowledgeBase.Normalizer.Normalize(text), list, false, decider.Decide(list, false));
    }
}
