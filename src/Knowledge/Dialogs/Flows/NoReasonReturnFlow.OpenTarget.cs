using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// What an exchange is for: "换成黑色", "换大一号", "换1.5米的"; "想换个颜色", "換個別的顏色" name no colour, so the exchange is
/// recorded as waiting for it and the reply asks, never "换成颜色" in the record or the reply. <see cref="ExchangeTarget"/>
/// puts the value on the record when a later line names it.
/// </summary>
public sealed partial class NoReasonReturnFlow
{
    /// <summary>Marks an exchange recorded before the buyer named the colour or size wanted, so a later line fills it.</summary>
    public const string TargetAwaited = "待买家说明";

    /// <summary>The colour or size the line asks the exchange for, or null when it names none (a bare "换个颜色").</summary>
    public static string? TargetOf(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Services.Analyzer.Specs.Wanted(context.Compact)
            ?? (BedWidth().Match(context.Text.Replace(" ", string.Empty, StringComparison.Ordinal)) is { Success: true } bed ? $"{bed.Groups["w"].Value}m" : null)
            ?? SizeOrStyleChange().Matches(context.Compact).Select(m => m.Groups["to"].Value.ToUpperInvariant()).FirstOrDefault(NamesValue)
            ?? (SizeNamed().Match(context.Compact) is { Success: true } named ? named.Groups["s"].Value.ToUpperInvariant() : null);
    }

    /// <summary>The record's words for the value not yet named: the colour when the buyer spoke of colour, else the size or style (规格).</summary>
    private static string AwaitedChange(string compact) =>
        compact.Contains('色', StringComparison.Ordinal) ? $"要换的颜色{TargetAwaited}" : $"要换的规格{TargetAwaited}";

    /// <summary>The exchange was recorded in this chat, with or without the value wanted: nothing is recorded twice.</summary>
    private static bool ExchangeTold(FlowContext context, string orderNumber) =>
        context.Told(ExchangeRecorded, orderNumber) || context.Told(ExchangeRecorded + "_unlisted", orderNumber) || context.Told(ExchangeRecorded + "_open", orderNumber);

    // "个颜色", "种颜色", "其他颜色", "别的色" (the fold keeps 的 out of the match), "另一个色": a colour asked for, none named.
    private static bool NamesValue(string to) => to.Length > 0 && !GenericColour().IsMatch(to);

    [GeneratedRegex("^(?:个|一个|种|一种|款|其他|其它|别|另|另外|另一|另一个|另外一个|下|一下)?(?:颜色|色)$")]
    private static partial Regex GenericColour();
}
