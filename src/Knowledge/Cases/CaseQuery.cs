namespace ShopBot.Knowledge.Cases;

/// <summary>Which cases to list; every filter left null matches all. Newest first, at most <see cref="Limit"/>.</summary>
public sealed record CaseQuery
{
    public CaseKind? Kind { get; init; }

    public CaseStatus? Status { get; init; }

    public string? BuyerId { get; init; }

    public string? OrderNumber { get; init; }

    /// <summary>Updated at or after this instant.</summary>
    public DateTimeOffset? UpdatedFrom { get; init; }

    /// <summary>Updated before this instant.</summary>
    public DateTimeOffset? UpdatedBefore { get; init; }

    public int Limit { get; init; } = 200;

    public bool Matches(CaseRecord record) =>
        (Kind is null || record.Kind == Kind)
        && (Status is null || record.Status == Status)
        && (BuyerId is null || string.Equals(record.BuyerId, BuyerId, StringComparison.Ordinal))
        && (OrderNumber is null || string.Equals(record.OrderNumber, OrderNumber, StringComparison.Ordinal))
        && (UpdatedFrom is null || record.UpdatedAt >= UpdatedFrom)
        && (UpdatedBefore is null || record.UpdatedAt < UpdatedBefore);
}
