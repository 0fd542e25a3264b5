namespace ShopBot.Handoff.Triggers;

/// <summary>
/// What the turn pipeline learned about one buyer turn, as the trigger policy needs it.
/// <paramref name="ComplaintWord"/> and <paramref name="AbuseWord"/> are the complaint or abuse word the buyer used
/// (found by the host in the knowledge base's word lists); <paramref name="FlowNeedsPerson"/> names why a dialog flow
/// wants a person (compensation, lost parcel, quality review).
/// </summary>
public sealed record TurnFacts(
    string? ComplaintWord = null,
    string? AbuseWord = null,
    bool BuyerAskedForPerson = false,
    bool LowConfidenceAfterClarification = false,
    int ConsecutiveFailedTurns = 0,
    string? FlowNeedsPerson = null,
    bool PastShippingPromise = false);
