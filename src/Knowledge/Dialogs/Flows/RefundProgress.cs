using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "Where is my refund": the order's refund state from the export (under way, paid back, closed, none), how long the
/// shop and the platform take and where the money goes (the refund policies), instead of starting a new refund. The
/// order is the one with a refund; a buyer with no refund anywhere is told so, never shown their other orders.
/// </summary>
public static partial class RefundProgress
{
    /// <summary>Kept in the refund flow's values while it asks which order's refund the buyer means.</summary>
    public const string Key = "progress";

    /// <summary>
    /// "退款到哪了", "我的退款呢", "退款呢??", "我申请的退款处理了吗", "退款怎么还没到", "钱退到哪了": a refund the buyer
    /// already has, asked about in any of the ways the refund answers read.
    /// </summary>
    public static bool IsAsked(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText);
        return Asked().IsMatch(compact) || Standing().IsMatch(compact) || RefundTiming.IsAsked(normalizedText) || RefundMoneyMissing.IsAsked(compact);
    }

    public static async Task TellAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.State.Values[Key] = "1";
        if (await NoRefundAnywhereAsync(context, cancellationToken).ConfigureAwait(false))
        {
            // Nothing to look up: said so, with how to start one, and no list of orders that have no refund.
            context.Say("refund_unshipped.progress_none_any");
            context.Finish();
            return;
        }

        // "怎么退款 钱多久能回来" right after this chat recorded the refund of an unshipped order: that order, though the
        // export shows no refund on it yet.
        var order = OrderResolver.Resolve(
            context, "refund_unshipped", o => o.Refund != RefundStatus.None || context.Told(RefundUnshippedFlow.RefundRequested, o.OrderNumber), asksAboutRefund: true);
        if (order is null)
        {
            return;
        }

        var slots = context.SlotsOf(order);
        if (order.Refund == RefundStatus.None && context.Told(RefundUnshippedFlow.RefundRequested, order.OrderNumber))
        {
            context.Say("asides.refund_requested_here", slots);
            // "钱退回花呗的话要多久": where it goes back and how long, for the way named or every way.
            if (RefundTiming.WayTemplate(context.Compact) is { } way)
            {
                context.Say(way);
            }
            else if (RefundTiming.IsAsked(context.Normalized))
            {
                context.Say("asides.refund_any_way");
            }
        }
        else if (order.Refund == RefundStatus.None && await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.RefundRequest).ConfigureAwait(false) is not null)
        {
            // Recorded by the bot in an earlier chat: the export shows nothing yet, the request is waiting for a colleague.
            context.Say("refund_unshipped.already_requested", slots);
        }
        else
        {
            // A refund paid back is said once in a conversation; asked again, only where the money goes follows.
            if (order.Refund != RefundStatus.Succeeded || !RefundMoneyMissing.ToldPaidBack(context, order.OrderNumber))
            {
                // "那钱呢 退给我没有" about an order closed unpaid: no money was taken, so there is nothing to refund.
                context.Say(order.Refund switch
                {
                    RefundStatus.None when order is { Status: OrderStatus.Closed, PaidAt: null } => "asides.never_paid",
                    RefundStatus.InProgress when order.Status == OrderStatus.AwaitingShipment => "refund_unshipped.progress_in_progress",
                    RefundStatus.InProgress => "refund_unshipped.progress_in_progress_shipped",
                    RefundStatus.Succeeded => "refund_unshipped.progress_paid",
                    RefundStatus.Closed => "refund_unshipped.progress_closed",
                    _ => "refund_unshipped.progress_none",
                }, slots);
            }

            // Where the money goes and how long each way of paying takes: a refund under way or paid back has money coming.
            if (order.Refund == RefundStatus.InProgress)
            {
                context.Say("asides.refund_any_way");
            }
            else if (order.Refund == RefundStatus.Succeeded)
            {
                // "退到花呗还是卡上": which way follows how the buyer paid, said as such rather than every channel's days.
                context.Say(RefundTiming.AsksWhichWay(context.Compact) ? "asides.refund_which_way" : RefundTiming.Listed(context.State) ? RefundTiming.AgainTemplate(context.State, context.Compact) : "needs.refund_channels");
            }
        }

        context.State.LastOrderNumber = order.OrderNumber;
        context.Finish();
    }

    /// <summary>No order named, none in focus, no refund in the export and none recorded by the bot.</summary>
    private static async Task<bool> NoRefundAnywhereAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var orders = context.Services.Orders;
        var own = orders.OrdersOf(context.Input.BuyerId);
        if (context.Facts.MatchedOrderNumbers.Count > 0 || orders.ExtractOrderNumbers(context.Text).Count > 0
            || state.OrderNumber is not null || state.LastOrderNumber is not null || state.Step == DialogSteps.ChooseOrder
            || own.Any(o => o.Refund != RefundStatus.None))
        {
            return false;
        }

        foreach (var order in own)
        {
            if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.RefundRequest).ConfigureAwait(false) is not null)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex("退款(到哪|到哪里|去哪|进度|怎么样|什么时候到|多久到|多久能到|啥时候到|到账|还没到|没到账|没收到)|钱(怎么|咋)?(还)?(没|没有)(退|到|收到)|(什么时候|多久|啥时候)(能)?(退|到账|退回)|退到哪|退回哪|原路退|钱退哪|退的钱|退款(退了|好了|成功了|通过了|同意了|批了)(吗|么|没|没有)|钱退了(吗|么|没|没有)")]
    private static partial Regex Asked();

    // "我的退款呢", "退款呢??", "退款处理了吗", "退款怎么还没到", "退款咋还没下来", "退款状态": how a refund stands. "我要退款呢"
    // asks for one, and "那退款呢" after another answer asks about a refund of the order just talked about.
    [GeneratedRegex("(?<![要想能那])退款(呢|咧|嘞|勒)|退的钱呢|退款(处理|办理|审核|同意|通过|批|办)(了|好了|完了|好|完)?(吗|没|么|嘛|没有)|退款(怎么|咋|为什么|为啥)(还)?(没|不|没有)(到|退|下来|处理|动|好|通过|同意)|退款(状态|进展)(呢|怎么样|如何)?$")]
    private static partial Regex Standing();
}
