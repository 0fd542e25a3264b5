using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "要是装不下能退吗", "放不下的话可以退吗", "尺寸不合适能退不": goods that may not fit the buyer's space or body, with a
/// return asked about; the seven-day no-reason return answers it, never putting the goods together ("装").
/// </summary>
public sealed partial class NoReasonReturnFlow
{
    /// <summary>A fit that does not suit, named with no defect, and whether the goods may go back asked in the same line.</summary>
    public static bool AsksReturnIfItDoesNotFit(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var compact = CompactText.Of(normalizedText);
        return DoesNotFit().IsMatch(compact) && ReturnAsked().IsMatch(compact) && QualityProblems.RulesOutDefect(normalizedText)
            && !QualityProblems.NamesAProblem(normalizedText);
    }

    [GeneratedRegex("(?:装|放|塞|搁|摆)不(?:下|进)|(?:尺寸|尺码|大小|码数)[^，,。]{0,3}不(?:合适|对|合)|不合身|穿不下|穿不进|fang ?bu ?xia|zhuang ?bu ?xia")]
    private static partial Regex DoesNotFit();

    [GeneratedRegex("(?:能|可以|可不可以|能不能|让|给)(?:退|换)|退(?:吗|么|嘛|不|得了|货吗|掉吗)|(?:退|换)(?:货)?(?:吗|么|嘛)|我就退|就退了")]
    private static partial Regex ReturnAsked();
}
