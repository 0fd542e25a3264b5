using System.ComponentModel.DataAnnotations;

namespace ShopBot.Knowledge.Intents;

/// <summary>Thresholds of the answer / clarify / escalate decision, bound from <c>Intents:Decision</c>.</summary>
public sealed class DecisionOptions
{
    public const string Section = "Intents:Decision";

    /// <summary>The top intent's confidence needed to answer without asking.</summary>
    [Range(0.0, 1.0)]
    public double AnswerConfidence { get; set; } = 0.5;

    /// <summary>How far ahead of the runner-up the top intent must be to answer without asking.</summary>
    [Range(0.0, 1.0)]
    public double MinimumMargin { get; set; } = 0.2;

    /// <summary>Below this confidence the bot does not even ask: it escalates.</summary>
    [Range(0.0, 1.0)]
    public double ClarifyConfidence { get; set; } = 0.25;

    /// <summary>Intents, besides <c>human</c>, that always go to a person when recognised.</summary>
    public IList<string> EscalateIntents { get; set; } = [];
}
