using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Where the buyer applies for the refund of an unshipped order. The application is the buyer's own, on the order page:
/// the bot says where, and the platform's rule (the money goes back by itself two days after the application if the
/// order is not shipped), and files nothing in the buyer's place.
/// </summary>
public sealed partial class RefundUnshippedFlow
{
    /// <summary>"今天早上拍的袜子不要了 还没发货吧": the goods let go, said by the buyer unasked; no retention pitch follows.</summary>
    private const string ApplyWhere = "refund_unshipped.apply_where";

    /// <summary>"我找不到在哪申请", "你们帮我申请不行吗": the steps on the order page, since only the buyer can apply.</summary>
    private const string ApplyForBuyer = "refund_unshipped.apply_for_buyer";

    /// <summary>
    /// "找不到在哪申请", "退款怎么申请", "你们帮我提交不行吗" about the order in focus, paid and unshipped: the steps told, the
    /// flow finished, no refund recorded; false when the line asks none of that.
    /// </summary>
    private static bool TellsWhereToApply(FlowContext context, Order? order)
    {
        if (order is not { Status: OrderStatus.AwaitingShipment, HasRefundUnderWay: false } || !AsksWhereToApply().IsMatch(context.Compact))
        {
            return false;
        }

        context.State.LastOrderNumber = order.OrderNumber;
        Finish(context, ApplyForBuyer, context.SlotsOf(order));
        return true;
    }

    private static Order? InFocus(FlowContext context) =>
        context.State.OrderNumber is { } number ? context.Services.Orders.Find(context.Input.BuyerId, number) : null;

    /// <summary>"袜子不要了" on the buyer's own opening line, not an answer to the reason asked.</summary>
    private static bool LetsGo(FlowContext context) =>
        context.State.Step != DialogSteps.AskReason && LetGo().IsMatch(context.Compact)
        && !context.Facts.Cues.Negated.Any(a => a is Entities.BuyerAction.Cancel or Entities.BuyerAction.Refund);

    [GeneratedRegex("(?<![还也])(?:不|不想|不打算)(?:要|买)了")]
    private static partial Regex LetGo();

    // "我找不到在那申请" (那 typed for 哪), "退款在哪里申请", "怎么申请退款", "你们帮我提交一下不行吗".
    [GeneratedRegex("在(?:哪|那)(?:里|儿|边|个地方)?(?:申请|提交|操作|点|退款)|(?:哪里|哪儿|哪个地方|哪边)(?:申请|提交|操作|点|退款)|找不到.{0,8}(?:申请|入口|按钮|退款|在哪|在那|地方)|(?:怎么|如何|咋)(?:申请|提交|操作)|申请.{0,4}(?:在哪|在那|入口)|(?:帮我|替我|代我|给我)(?:申请|提交)")]
    private static partial Regex AsksWhereToApply();
}
