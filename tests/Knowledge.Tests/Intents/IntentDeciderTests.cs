using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Intents;

public sealed class IntentDeciderTests
{
    private readonly IntentDecider _decider = new(Options.Create(new DecisionOptions
    {
        AnswerConfidence = 0.6,
        MinimumMargin = 0.2,
        ClarifyConfidence = 0.3,
        EscalateIntents = [IntentIds.Complaint],
    }));

    [Fact]
    public void A_confident_clear_winner_is_answered() =>
        Assert.Equal(TurnDecision.Answer, _decider.Decide(Scores((IntentIds.Track, 0.8f), (IntentIds.Hurry, 0.1f)), handoffRequested: false));

    [Fact]
    public void Two_close_intents_are_clarified_even_when_the_top_one_is_confident() =>
        Assert.Equal(TurnDecision.Clarify, _decider.Decide(Scores((IntentIds.Track, 0.61f), (IntentIds.Hurry, 0.45f)), handoffRequested: false));

    [Fact]
    public void Middling_confidence_is_clarified() =>
        Assert.Equal(TurnDecision.Clarify, _decider.Decide(Scores((IntentIds.Track, 0.45f), (IntentIds.Hurry, 0.1f)), handoffRequested: false));

    [Fact]
    public void Low_confidence_is_escalated() =>
        Assert.Equal(TurnDecision.Escalate, _decider.Decide(Scores((IntentIds.Track, 0.25f), (IntentIds.Hurry, 0.2f)), handoffRequested: false));

    [Fact]
    public void A_handoff_request_is_escalated_whatever_the_scores() =>
        Assert.Equal(TurnDecision.Escalate, _decider.Decide(Scores((IntentIds.Track, 0.99f), (IntentIds.Hurry, 0.01f)), handoffRequested: true));

    [Fact]
    public void The_human_intent_and_configured_intents_are_escalated() =>
        Assert.All([IntentIds.Human, IntentIds.Complaint], intent =>
            Assert.Equal(TurnDecision.Escalate, _decider.Decide(Scores((intent, 0.9f), (IntentIds.Other, 0.1f)), handoffRequested: false)));

    private static IReadOnlyList<IntentScore> Scores(params (string Intent, float Confidence)[] scores) =>
        scores.Select(s => new IntentScore(s.Intent, s.Confidence)).ToList();
}
