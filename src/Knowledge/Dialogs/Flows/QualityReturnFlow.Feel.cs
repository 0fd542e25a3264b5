using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "袜子穿了一次 感觉扎脚 不舒服": how the goods feel is no defect shown, so no numbered problem menu and no case. The
/// rule is told (no-reason returns only unused and within 7 days of signing), and photos or a person offered for a real
/// defect; the flow ends, so "能退吗" next is answered by the return window, never a quality exchange.
/// </summary>
public sealed partial class QualityReturnFlow
{
    private const string FeelNotDefect = "quality_return.feel_not_defect";

    /// <remarks>"那换个别的款也行" after the rule was told: the same rule for an exchange, in other words, never the problem menu.</remarks>
    private static bool TellsFeelOnly(FlowContext context, IReadOnlyDictionary<string, string?> slots)
    {
        var toldBefore = slots.GetValueOrDefault(Templates.TemplateSlots.OrderNumber) is { } number && context.Told(FeelNotDefect, number);
        if (!(Feel().IsMatch(context.Compact) || toldBefore) || QualityProblems.Of(context.Normalized) is not null)
        {
            return false;
        }

        context.Say(toldBefore ? FeelNotDefect + "_again" : FeelNotDefect, slots);
        context.State.EndFlow();
        return true;
    }

    /// <summary>"有点扎 穿着不舒服": the text tells how the goods feel.</summary>
    public static bool TellsFeel(string compact) => Feel().IsMatch(compact);

    // "扎脚", "刺挠", "硌得慌", "勒脚", "不透气", "手感不好": the buyer's feel of the goods, no fault anyone can see.
    [GeneratedRegex("(?<![不没])扎(?:脚|人|皮肤|腿|手|得慌)?|刺挠|硌|勒(?:脚|腿|得)|(?:穿着|用着|盖着|摸着|感觉)?不舒服|不透气|闷脚|闷得|手感(?:不好|差|一般|不行)|(?:太|有点|偏)(?:硬|薄|糙|粗糙)")]
    private static partial Regex Feel();
}
