namespace ShopBot.Knowledge.Screening;

/// <summary>One violation: its kind, the text matched and its index (in UTF-16 code units) in the screened text.</summary>
public sealed record Violation(ViolationKind Kind, string Match, int Index);
