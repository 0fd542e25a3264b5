namespace ShopBot.Knowledge.Cases;

/// <summary>
/// A note, request or case a person can list and act on. Fields that do not apply to the kind are null.
/// Amounts are in yuan and are set when a person resolves the case.
/// </summary>
public sealed record CaseRecord
{
    public required string Id { get; init; }

    public required CaseKind Kind { get; init; }

    public required CaseStatus Status { get; init; }

    /// <summary>The buyer's member name (the conversation's user id).</summary>
    public required string BuyerId { get; init; }

    public string? ConversationId { get; init; }

    public string? OrderNumber { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The buyer's reason (refund) or what the note says (hurry, urgent).</summary>
    public string? Reason { get; init; }

    /// <summary>What is wrong with the goods (return, exchange, compensation, lost parcel).</summary>
    public string? Description { get; init; }

    public IReadOnlyList<string> PhotoUrls { get; init; } = [];

    public InvoiceTitleType? InvoiceTitleType { get; init; }

    public string? InvoiceTitle { get; init; }

    public string? TaxNumber { get; init; }

    public string? Email { get; init; }

    public decimal Postage { get; init; }

    public decimal Refund { get; init; }

    public decimal Compensation { get; init; }

    /// <summary>Who handled it: the bot, or the agent who resolved it.</summary>
    public string Handler { get; init; } = "bot";

    public DateTimeOffset? ResolvedAt { get; init; }

    public string? Resolution { get; init; }

    /// <summary>How the case was settled; null while open, for a cancelled case, and for cases resolved before outcomes were kept.</summary>
    public CaseOutcome? Outcome { get; init; }

    /// <summary>The tracking number of an exchange or a reshipment sent to the buyer.</summary>
    public string? TrackingNumber { get; init; }

    /// <summary>The courier of the parcel the buyer sent back for a return, exchange or repair (中通, 顺丰 …), when the buyer or the number's form names it.</summary>
    public string? ReturnCarrier { get; init; }

    /// <summary>The tracking number of the parcel the buyer sent back, so the warehouse can match it on arrival.</summary>
    public string? ReturnTrackingNumber { get; init; }
}
