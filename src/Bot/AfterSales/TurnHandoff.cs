using ShopBot.Handoff.Triggers;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Bot.AfterSales;

/// <summary>
/// Whether a bot turn goes to a person, from what was understood and what the dialog did; shared by the live bot and
/// the trainer's dry run so that the two never judge a turn differently.
/// </summary>
public sealed class TurnHandoff(HandoffTriggerPolicy triggers, EscalationWords words)
{
    public HandoffDecision? Decide(Understanding understanding, DialogOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        ArgumentNullException.ThrowIfNull(outcome);
        var word = words.Find(understanding.Text);
        return triggers.Evaluate(new TurnFacts(
            word?.Kind == EscalationWordKind.Complaint ? word.Word : null,
            word?.Kind == EscalationWordKind.Abuse ? word.Word : null,
            outcome.BuyerAskedForPerson,
            outcome.LowConfidenceAfterClarification,
            outcome.ConsecutiveFailedTurns,
            outcome.FlowNeedsPerson,
            outcome.PastShippingPromise));
    }

    /// <summary>"Please say that again" is pointless when a person takes over anyway; every other reply is sent.</summary>
    public static bool SendsReplies(DialogOutcome outcome, HandoffDecision? decision)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return decision is null || outcome.Kind != DialogOutcomeKind.NotUnderstood;
    }
}
