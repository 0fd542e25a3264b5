using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// The buyer puts the decision off ("我先试试，不行再说", "先用用看", "考虑一下", "晚点再说"): that is no consent to a
/// return, refund or exchange. Nothing is recorded (an open case stays as it is) and the buyer hears how to come back.
/// Putting off only the photo ("照片晚点发") is not this: the case goes on with photos to follow.
/// </summary>
public static partial class Hesitation
{
    public static bool Of(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var compact = CompactText.Of(normalizedText);
        return PutsOff().IsMatch(compact) && !PhotoTalk().IsMatch(compact);
    }

    /// <summary>The flows a hesitation ends: those that would record a return, an exchange or a refund.</summary>
    public static bool Holds(string activeFlow) => activeFlow is IntentIds.QualityReturn or IntentIds.NoReasonReturn or IntentIds.RefundUnshipped;

    /// <summary>Ends the flow with the way back, when the buyer hesitates; false (and nothing said) otherwise.</summary>
    public static bool TryHoldOff(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Input.PhotoUrls.Count > 0 || !Of(context.Normalized))
        {
            return false;
        }

        context.Say("dialog.hold_off");
        context.Finish();
        return true;
    }

    [GeneratedRegex("先(试试|试一下|试用|用用|用一下|用着|用几天|观察|凑合)|(不行|不好|有问题|还这样|还是这样)(的话)?(再说|再找|再来|再联系)|(晚点|晚些|回头|以后|过几天|改天|等等)再说|再说吧|考虑(一下|考虑|看看|下)|(想想|想一想|再想想)(再说|吧|看)|再想想$|我想想$")]
    private static partial Regex PutsOff();

    [GeneratedRegex("照片|图片|视频|拍|发图|补图")]
    private static partial Regex PhotoTalk();
}
