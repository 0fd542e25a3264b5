namespace ShopBot.Handoff.Triggers;

/// <summary>
/// What the turn pipeline learned about one buyer turn, as the trigger policy needs it.
/// <paramref name="Text"/> is the buyer's text, ideally already normalised (Traditional to Simplified);
/// <paramref name="FlowNeedsPerson"/> names why a dialog flow wants a person (compensation, lost parcel, quality review).
/// </summary>
public sealed record TurnFacts(
    string Text,
    bool BuyerAskedForPerson = false,
    bool LowConfidenceAfterClarification = false,
    int ConsecutiveFailedTurns = 0,
    string? FlowNeedsPerson = null,
    bool PastShippingPromise = false);
