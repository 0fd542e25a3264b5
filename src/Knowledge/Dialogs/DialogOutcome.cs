namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// What the dialog did with a turn: replies to send (each already rendered from a template), buttons to offer, and
/// the facts the host needs to decide on a handoff. The state is updated in place.
/// </summary>
public sealed record DialogOutcome(
    DialogOutcomeKind Kind,
    IReadOnlyList<DialogReply> Replies,
    IReadOnlyList<string> SuggestedReplies,
    string Intent,
    bool BuyerAskedForPerson,
    bool LowConfidenceAfterClarification,
    int ConsecutiveFailedTurns,
    string? FlowNeedsPerson,
    bool PastShippingPromise,
    string? OrderNumber);
