using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "换了插座也一样", "换插座试过了 没用", "重启也不行" while the fault is being taken down: what the buyer already tried,
/// which tells the fault is real; never a wish to exchange or a return without reason, whatever the model reads.
/// </summary>
public sealed partial class QualityReturnFlow
{
    /// <summary>True when the quality flow waits and the line only tells what was tried without luck.</summary>
    public static bool TellsWhatWasTried(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State.ActiveFlow == Intents.IntentIds.QualityReturn && context.State.Step is not null
            && TriedInVain().IsMatch(context.Compact) && !ChoosesRemedy(context) && !QualitySettlements.Concerns(context.Normalized);
    }

    [GeneratedRegex("(?:换了?|试了?|重启|拔了?|插了?|重新|擦了?|拧了?|洗了?|充了?)[^,，。;；]{0,6}?(?:也|还是|都|依然|仍然)(?:一样|不行|没用|没反应|不亮|闪|漏|坏|那样)|试过了?[^,，。;；]{0,3}(?:没用|不行|还是|也)|(?:换了|试了|试过)[^,，。;；]{0,6}?(?:没用|不行|白搭)")]
    private static partial Regex TriedInVain();
}
