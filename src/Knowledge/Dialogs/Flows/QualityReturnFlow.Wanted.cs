using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;

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

    private static bool SentWrong(string? description) => description is not null && ProblemOf(description) == QualityProblem.WrongItem;

    /// <summary>
    /// "我要的是灰的", "换大一码" (the colour and size lexicon's word), "我要的是M码", "要换成42码", "换XL的" (a size as
    /// given): what the buyer wants instead of what was sent.
    /// </summary>
    private static string? WantedSpec(FlowContext context)
    {
        var compact = context.Compact;
        if (context.Services.Analyzer.Specs.Wanted(compact) is { } named)
        {
            return named;
        }

        var m = WantedSpecWords().Match(compact);
        return m.Success ? m.Groups["spec"].Value.ToUpperInvariant() : null;
    }

    // "我要的是M码", "换成42码", "要XL的", "换130的": the wanted size or spec as the buyer wrote it.
    [GeneratedRegex("(?:要的是|买的是|拍的是|换成|换|改成|要|发)(?<spec>[0-9]{2,3}(?:码|cm|厘米|号)?|(?:x{0,3}l|xs|s|m)(?:码|号)?|[sml]码)(?:的|码)?(?![0-9a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex WantedSpecWords();
}
