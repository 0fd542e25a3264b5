using ShopBot.Handoff.Triggers;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Bot.AfterSales;

/// <summary>
/// Everything a bot turn will do, decided before anything is sent: what was understood, what the dialog did, the
/// screened replies, and whether (and why) a person takes over, with the line that tells the buyer so.
/// </summary>
public sealed record TurnPlan(
    Understanding Understanding,
    DialogOutcome Outcome,
    IReadOnlyList<PlannedReply> Replies,
    HandoffDecision? Handoff,
    string? HandoffNotice);
