namespace ShopBot.Knowledge.Cases;

/// <summary>How a person closed a case: who, the money involved (yuan, none negative, whole fen), a note, and the outcome.</summary>
public sealed record CaseResolution(
    string Handler,
    decimal Postage = 0m,
    decimal Refund = 0m,
    decimal Compensation = 0m,
    string? Note = null,
    bool Cancelled = false,
    CaseOutcome? Outcome = null,
    string? TrackingNumber = null);
