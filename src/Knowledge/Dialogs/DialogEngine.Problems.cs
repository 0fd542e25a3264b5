using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// A problem the buyer describes is kept for the conversation, so no later flow asks for it again; so is their word
/// that the goods are in hand ("托特包收到了", "晾了一晚上"), so a parcel the orders still show on its way is never
/// offered to be refused at the door.
/// </summary>
public sealed partial class DialogEngine
{
    private static void RememberProblem(FlowContext context)
    {
        if (QualityProblems.Of(context.Normalized) is { } problem && !QualityProblems.Denied(context.Normalized))
        {
            context.State.ProblemSaid = QualityProblems.Describe(problem, context.Normalized);
        }

        if (InHand().IsMatch(context.Compact))
        {
            context.State.GoodsInHand = true;
        }
    }

    // "收到了", "到手了", "拆开一看", "晾了一晚上", "吊牌还没剪", "用了两天": said, never asked ("收到了吗") nor denied ("还没收到").
    [GeneratedRegex("(?<!没|未|没有|还没|几时|什么时候|啥时候|能|会)(收到了|到手了|拿到了|签收了|拆开|拆了|打开一看|开箱|晾了|洗了|用了|穿了|试穿了|吊牌还没剪|吊牌没剪|吊牌还在)(?![吗么嘛没不呢]|[^,，。.!！?？]{0,4}[吗么嘛?？])")]
    private static partial Regex InHand();
}
