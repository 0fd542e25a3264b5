using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "还没付款", "大号" right after the buyer heard that an unpaid order is changed by ordering anew: the same advice in
/// other words, never a payment-method answer nor an offer to register a change the bot just said it does not make.
/// "算了 不改了 晚点付" takes the change back: the order is paid as it is, before it closes by itself.
/// </summary>
internal static partial class UnpaidChange
{
    private const string Told = OrderChangeFlow.FlowId + ".unpaid";

    /// <summary>Longest short line that can only restate the state or name the spec wanted.</summary>
    private const int ShortLine = 10;

    public static bool TryAnswer(FlowContext context)
    {
        var compact = context.Compact;
        var keptAsItIs = Reversal.TakesBackChange(context.Normalized);
        if (context.State.ActiveFlow is not null || compact.Length > ShortLine || OtherQuestion().IsMatch(compact)
            || !(keptAsItIs || NotPaid().IsMatch(compact) || SpecAlone().IsMatch(compact))
            || (context.State.LastOrderToldOf(Told) ?? context.State.LastOrderToldOf(ProductQuestion.Reorder)) is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingPayment } order)
        {
            return false;
        }

        context.Say(keptAsItIs ? Told + "_kept" : Told + "_again", context.SlotsOf(order));
        context.State.LastOrderNumber = order.OrderNumber;
        return true;
    }

    [GeneratedRegex("(还|都|我)?(没|没有|未)(付|付款|付钱|支付|拍|下单)")]
    private static partial Regex NotPaid();

    // "大号", "黑色的", "130", "要XL": a spec named alone, already answered by ordering it anew.
    [GeneratedRegex("^(要|就要|还是|选)?(大号|中号|小号|大的|小的|[0-9]{2,3}(cm|码)?|[2-4]?x{0,3}[lsm]|[0-9]xl|(黑|白|灰|蓝|红|粉|绿|黄|紫|米|棕|卡其|咖啡|藏青|酒红)色?)(的)?(吧|呀|哈|啊)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SpecAlone();

    [GeneratedRegex("[吗么嘛?？]|怎么|花呗|信用卡|分期|手续费|优惠|便宜|多少钱|退|取消")]
    private static partial Regex OtherQuestion();
}
