namespace ShopBot.Knowledge.Cases;

/// <summary>Stable names and the Chinese labels finance and agents read for <see cref="CaseOutcome"/>.</summary>
public static class CaseOutcomes
{
    public static string Name(this CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Refunded => "refunded",
        CaseOutcome.Exchanged => "exchanged",
        CaseOutcome.Reshipped => "reshipped",
        CaseOutcome.Compensated => "compensated",
        CaseOutcome.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static string Label(this CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Refunded => "已退款",
        CaseOutcome.Exchanged => "已换货",
        CaseOutcome.Reshipped => "已补发",
        CaseOutcome.Compensated => "已补偿",
        CaseOutcome.Rejected => "已驳回",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static CaseOutcome? Parse(string? name) =>
        Enum.GetValues<CaseOutcome>().Cast<CaseOutcome?>().FirstOrDefault(o => string.Equals(o!.Value.Name(), name, StringComparison.Ordinal));
}
