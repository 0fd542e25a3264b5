namespace ShopBot.Knowledge.Finance;

/// <summary>One line of the end-of-day after-sales register that goes to finance; <see cref="Outcome"/> is empty while the case is open.</summary>
public sealed record RegisterRow(
    DateOnly Date,
    string? OrderNumber,
    string CaseType,
    decimal Postage,
    decimal Refund,
    decimal Compensation,
    string Handler,
    string CaseId,
    string Status,
    string Outcome = "");
