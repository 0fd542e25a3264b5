using Microsoft.Extensions.Options;

namespace ShopBot.Knowledge.Intents;

/// <summary>Turns scores into answer, clarify or escalate, from the configured thresholds.</summary>
public sealed class IntentDecider(IOptions<DecisionOptions> options)
{
    public TurnDecision Decide(IReadOnlyList<IntentScore> scores, bool handoffRequested)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var settings = options.Value;
        if (handoffRequested || scores.Count == 0)
        {
            return TurnDecision.Escalate;
        }

        var top = scores[0];
        if (top.Intent == IntentIds.Human || settings.EscalateIntents.Contains(top.Intent))
        {
            return TurnDecision.Escalate;
        }

        var margin = top.Confidence - (scores.Count > 1 ? scores[1].Confidence : 0f);
        if (top.Confidence >= settings.AnswerConfidence && margin >= settings.MinimumMargin)
        {
            return TurnDecision.Answer;
        }

        return top.Confidence >= settings.ClarifyConfidence ? TurnDecision.Clarify : TurnDecision.Escalate;
    }
}
