using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "是不是灯杆没拧紧才闪的", "是不是我没装好啊 灯杆要拧到底吗" while the fault is being taken down: the buyer asks whether
/// the cause is her own. The question is answered (put it together again and try; if the fault stays it is the goods',
/// handled as just said), and the flow keeps waiting, never the recording words instead of an answer.
/// </summary>
public sealed partial class QualityReturnFlow
{
    private static bool AnswersSelfCause(FlowContext context)
    {
        if (context.State.Step is null || context.Input.PhotoUrls.Count > 0 || !SelfCauseAsked().IsMatch(context.Compact)
            || TriedInVain().IsMatch(context.Compact) || ChoosesRemedy(context))
        {
            return false;
        }

        context.Say("quality_return.self_cause_asked");
        return true;
    }

    [GeneratedRegex("是不是[^,，。;；]{0,6}?(?:没|不|没有)(?:装好|装对|装到位|拧紧|拧好|拧到底|插好|插紧|插到底|接好|弄好)|(?:要|需要|得|是要)(?:拧|插|装|按)(?:到底|紧|到位)(?:吗|嘛|么|不)|(?:没|没有)(?:拧紧|装好|插紧|插好|接好)(?:才|就|所以)")]
    private static partial Regex SelfCauseAsked();
}
