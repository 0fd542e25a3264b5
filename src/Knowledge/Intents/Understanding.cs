namespace ShopBot.Knowledge.Intents;

/// <summary>What the bot made of one utterance: the scores, whether a person was asked for, and the decision.</summary>
public sealed record Understanding(
    string Text,
    string NormalizedText,
    IReadOnlyList<IntentScore> Scores,
    bool HandoffRequested,
    TurnDecision Decision)
{
    /// <summary>The intent the bot acts on: <c>human</c> when a person was asked for, else the top score.</summary>
    public string Intent => HandoffRequested ? IntentIds.Human : Top.Intent;

    public float Confidence => HandoffRequested ? 1f : Top.Confidence;

    public IntentScore Top => Scores[0];

    public IntentScore? RunnerUp => Scores.Count > 1 ? Scores[1] : null;

    public bool Escalates => Decision == TurnDecision.Escalate;

    /// <summary>The buyer said they do not want a person ("不用转人工"): the bot carries on and never hands over for it.</summary>
    public bool HandoffRefused { get; init; }
}
