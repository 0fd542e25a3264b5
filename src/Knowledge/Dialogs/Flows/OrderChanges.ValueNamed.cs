namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>The size or colour a line names last, held against the change recorded before it.</summary>
public static partial class OrderChanges
{
    /// <summary>
    /// "算了还是130", "还是要白色吧" after <paramref name="recorded"/> was written down: the new value named again, so the
    /// change stands, never taken back. "算了还是120" names the value bought and is no such line.
    /// </summary>
    public static bool KeepsNewValue(string normalizedText, OrderChange recorded)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        ArgumentNullException.ThrowIfNull(recorded);
        var text = WearerMeasure.Without(Compact(normalizedText));
        return recorded.To is not null && !KeepOriginal().IsMatch(text) && !ShipsAsBought().IsMatch(text)
            && NamedLast(text, recorded.Kind) == recorded.To;
    }

    // "会不会大了 孩子才128", "身高125": the child's height, no size asked for.
    private static string? NamedLast(string text, OrderChangeKind kind) => kind switch
    {
        OrderChangeKind.Size => SizeAlone().Matches(text).LastOrDefault(m => !BodyMeasure().IsMatch(text[Math.Max(0, m.Index - 3)..m.Index]))?.Value is { } size ? Size(size) : null,
        OrderChangeKind.Colour => Colour().Matches(text).LastOrDefault()?.Value is { } colour ? Colourful(colour) : null,
        _ => null,
    };
}
