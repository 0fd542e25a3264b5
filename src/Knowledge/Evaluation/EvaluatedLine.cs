using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Evaluation;

/// <summary>An evaluation line with what the bot made of it.</summary>
public sealed record EvaluatedLine(string Text, string Label, string Intent, float Confidence, TurnDecision Decision)
{
    public bool Escalate => Decision == TurnDecision.Escalate;

    public bool Correct => string.Equals(Label, Intent, StringComparison.Ordinal);
}
