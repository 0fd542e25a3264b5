namespace ShopBot.Knowledge.Screening;

/// <summary>
/// One term of the screening lexicon as written by the trainer, with its role, the violation it stands for,
/// the compliant wording that replaces it in a rewrite (<c>""</c>: drop it; <c>null</c>: no rewrite),
/// the rule it belongs to (rule roles only) and where it was written (<c>file:line</c>).
/// </summary>
public sealed record LexiconTerm(string Term, TermRole Role, ViolationKind Kind, string? Replacement, string? Rule, string Source);
