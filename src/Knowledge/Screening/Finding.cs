namespace ShopBot.Knowledge.Screening;

/// <summary>
/// A violation found in a reply, with its span in the original text and what a rewrite puts in place of
/// [ReplaceStart, ReplaceEnd): <c>""</c> drops it, <c>null</c> means no compliant rewrite exists.
/// </summary>
internal sealed record Finding(ViolationKind Kind, int Start, int End, int ReplaceStart, int ReplaceEnd, string? Replacement)
{
    public bool Contains(Finding other) => Start <= other.Start && other.End <= End && (End - Start) > (other.End - other.Start);
}
