using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>The colour or size a buyer wants instead of the one sent, which an exchange record must carry.</summary>
public sealed partial class QualityReturnFlow
{
    /// <summary>
    /// A colour or size the buyer wants instead, while the flow is open: from a buyer who does not say the goods are
    /// fine, or after the shop sent the wrong one, where "换大一号" is no change of mind.
    /// </summary>
    public static bool WantsSpecInstead(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return WantedSpec(context) is not null && !QualityProblems.Denied(context.Normalized)
            && (!QualityProblems.RulesOutDefect(context.Normalized) || SentWrong(context.State.Values.GetValueOrDefault(DescriptionKey)));
    }

    /// <summary>
    /// "换大一号的" about a wrong colour or size sent (the flow holds it, or <paramref name="recordedDescription"/> says
    /// so): the exchange of the shop's mistake, postage the shop's, never a no-reason exchange.
    /// </summary>
    public static bool WantsSpecForSentWrong(FlowContext context, string? recordedDescription)
    {
        ArgumentNullException.ThrowIfNull(context);
        var held = context.State.ActiveFlow == IntentIds.QualityReturn ? context.State.Values.GetValueOrDefault(DescriptionKey) : null;
        return WantedSpec(context) is not null && !QualityProblems.Denied(context.Normalized) && (SentWrong(held) || SentWrong(recordedDescription));
    }

    /// <summary>
    /// "我要的XL 给我发了L": a wrong size sent with the size wanted named is the shop's exchange, recorded at once; a photo
    /// of the size label may follow but is no condition, for a size is not a defect a photo has to prove.
    /// </summary>
    private static bool SizeSwapKnown(FlowContext context, QualityProblem problem, string? wish) =>
        problem == QualityProblem.WrongItem && wish is null or ExchangeWish
        && context.State.Values.GetValueOrDefault(WantedSpecKey) is { } wanted && SizeWords().IsMatch(wanted);

    /// <summary>
    /// "XL的吗怎么这么小 领标写的L": a wrong size told without the size wanted is exchanged for the size ordered, which
    /// the order's title names; null when the buyer spoke of no size or the goods come in none.
    /// </summary>
    private static string? OrderedSize(FlowContext context, Order order) =>
        SizeTalk().IsMatch(context.Compact) && OrderedSizeWords().Match(order.Title) is { Success: true } m ? m.Value.ToUpperInvariant() : null;

    [GeneratedRegex("尺码|码数|尺寸|大小|领标|吊牌|尺码标|太小|太大|偏小|偏大|这么小|这么大|[小大]了")]
    private static partial Regex SizeTalk();

    [GeneratedRegex("(?<![a-z0-9])(?:x{0,3}l|xs|s|m)(?![a-z0-9])|(?<![x0-9])[0-9]{2,3}cm", RegexOptions.IgnoreCase)]
    private static partial Regex OrderedSizeWords();

    /// <summary>The quality case under way holds a wrong item sent: "穿不进" then tells what the wrong size does.</summary>
    public static bool HoldsSentWrong(DialogState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.ActiveFlow == Intents.IntentIds.QualityReturn && SentWrong(state.Values.GetValueOrDefault(DescriptionKey));
    }

    private static bool SentWrong(string? description) => description is not null && ProblemOf(description) == QualityProblem.WrongItem;

    /// <summary>
    /// "我要的是灰的", "换大一码" (the colour and size lexicon's word), "我要的是M码", "要换成42码", "换XL的" (a size as
    /// given): what the buyer wants instead of what was sent.
    /// </summary>
    private static string? WantedSpec(FlowContext context)
    {
        var compact = context.Compact;
        if (MeasureSwap.Of(compact) is var (width, _))
        {
            return width;
        }

        if (context.Services.Analyzer.Specs.Wanted(compact) is { } named)
        {
            return named;
        }

        var m = WantedSpecWords().Match(compact);
        return !m.Success ? null
            : m.Groups["width"].Success ? MeasureSwap.Metres(m.Groups["width"].Value)
            : WrittenWidth(context.Text, m.Groups["spec"].Value) ?? m.Groups["spec"].Value.ToUpperInvariant();
    }

    /// <summary>
    /// "给我换成1.5的": the normalised "15" was written "1.5", a bed's width in metres, never size 15.
    /// </summary>
    private static string? WrittenWidth(string text, string spec) =>
        WidthWithPoint().Matches(text).Any(w => w.Groups[1].Value + w.Groups[2].Value == spec) ? MeasureSwap.Metres(spec + "米") : null;

    [GeneratedRegex("(?<![0-9.])([12])[.．]([0-9])(?![0-9])")]
    private static partial Regex WidthWithPoint();

    /// <summary>"尺码发错了 我要的XL": only an order of goods sold in sizes can have had the wrong size sent.</summary>
    private static bool FitsSizeTold(FlowContext context, Order order) =>
        !(context.Compact.Contains("尺码", StringComparison.Ordinal) || (WantedSpec(context) is { } spec && SizeWords().IsMatch(spec)))
        || SoldInSizes().IsMatch(order.Title);

    [GeneratedRegex("(?<![a-z0-9])(?:x{0,3}l|xs|s|m)(?![a-z0-9])|(?<![x0-9])[0-9]{2,3}cm|码", RegexOptions.IgnoreCase)]
    private static partial Regex SoldInSizes();

    [GeneratedRegex("^(?:x{0,3}l|xs|s|m|[0-9]{2,3}.*|[12](?:\\.[0-9])?米)$|码|号", RegexOptions.IgnoreCase)]
    private static partial Regex SizeWords();

    // "我要的是M码", "换成42码", "要XL的", "换130的", "换1米8的": the wanted size or spec as the buyer wrote it.
    [GeneratedRegex("(?:要的是|买的是|拍的是|要的|买的|拍的|下单的|下的单?是?|订的|换成|换|改成|要|发)(?:(?<width>" + MeasureSwap.Width + ")|(?<spec>[0-9]{2,3}(?:码|cm|厘米|号)?|(?:x{0,3}l|xs|s|m)(?:码|号)?|[sml]码))(?:的|码)?(?![0-9a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex WantedSpecWords();
}
