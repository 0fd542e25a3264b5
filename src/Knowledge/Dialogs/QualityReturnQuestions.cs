using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "退货地址发一下", "用圆通寄行吗", "寄回去运费谁出" while a quality case is talked through or right after it: where
/// the return goes (shown on the approved return in the order page), that any courier will do, and that the shop pays
/// the postage of a quality problem. Never the no-reason rules pasted beside it, never a case recorded instead.
/// </summary>
internal static partial class QualityReturnQuestions
{
    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var compact = context.Compact;
        if (!(state.ActiveFlow == IntentIds.QualityReturn || (state.ActiveFlow is null && state.LastFlow == IntentIds.QualityReturn))
            // An exchange or a repair asked beside ("给我换米色的 运费你们出吧", "修的快递费谁付") and a wrong item sent
            // are their flow's: the shop's mistake or the warranty has a postage answer of its own.
            || QualityReturnFlow.ChoosesBesidePostage(context) || OwnPostage().IsMatch(compact) || QualityReturnFlow.HoldsSentWrong(state))
        {
            return false;
        }

        // Postage alone is answered only while the case waits: once recorded (a reshipment, a return), its own answers tell it.
        var how = AddressOrCourier().IsMatch(compact);
        if (!how && (state.ActiveFlow is null || !WhoPays().IsMatch(compact)))
        {
            return false;
        }

        // "浴巾申请退货了": a return already applied for on the order is not asked for again, only its approval awaited.
        var applied = (state.OrderNumber ?? state.LastOrderNumber) is { } number
            && context.Services.Orders.Find(context.Input.BuyerId, number) is { HasRefundUnderWay: true };
        if (!how)
        {
            TellPostage(context);
            return true;
        }

        context.Say(applied ? "quality_return.return_how_applied" : "quality_return.return_how");
        return true;
    }

    /// <summary>
    /// "运费谁出" about the quality case in hand, the one answer wherever it is asked: that case's postage (a repair's both
    /// legs, a wrong item's as the shop's mistake, else a quality return's), with its order; the general rule without one.
    /// </summary>
    public static void TellPostage(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if ((state.ActiveFlow is null ? state.LastOrderNumber : state.OrderNumber) is { } number && context.Services.Orders.Find(context.Input.BuyerId, number) is { } order)
        {
            context.Say(QualityReturnFlow.PostageTemplate(state), context.SlotsOf(order));
            return;
        }

        context.Say("quality_return.return_postage");
    }

    [GeneratedRegex("(?:退货|寄回|退回|换货)的?地址|寄(?:到|去|回)?哪|(?:什么|哪家|哪个|啥)快递|用.{0,4}(?:圆通|中通|顺丰|申通|韵达|邮政|京东|快递)寄|随便哪家|哪家都行")]
    private static partial Regex AddressOrCourier();

    [GeneratedRegex("换|修")]
    private static partial Regex OwnPostage();

    [GeneratedRegex("(?:运费|邮费|快递费).{0,6}(?:谁|我出|你们出|承担|报销|扣|自己出|要我|我付)|(?:谁|我|你们).{0,3}(?:出|付|承担).{0,3}(?:运费|邮费)")]
    private static partial Regex WhoPays();
}
