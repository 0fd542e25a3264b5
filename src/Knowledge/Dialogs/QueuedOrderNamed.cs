using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// While the buyer waits for a person, a line naming one of their orders is answered from that order as it would be
/// outside the queue: an unshipped order past the shipping promise that has no urgent note yet ("人工！！羽绒服的事")
/// gets the note, said to be added for the colleague; another order than the one waited about, asked where it is
/// ("还有浴巾那单 显示发货了 单号都没有"), gets its shipping facts (a follow-up recorded where the number is late).
/// </summary>
public static class QueuedOrderNamed
{
    /// <summary>The reply that says itself the order was added for the colleague: no "passed on" or queue line after it.</summary>
    private const string OverdueNoted = "hurry.overdue_noted_while_queued";

    /// <summary>The urgent note written for an overdue order the line is about; false when it is about none or one is open.</summary>
    public static async Task<bool> TryNoteOverdueAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || Overdue(context) is not { Status: OrderStatus.AwaitingShipment, HasRefundUnderWay: false } order
            || !context.Services.Orders.Facts(order).IsPastShippingPromise
            || await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.UrgentNote).ConfigureAwait(false) is not null)
        {
            return false;
        }

        var note = HurryFlow.TellsNeed(context) ? HurryFlow.Note(context) : HurryFlow.OverdueNote(context.Services.OrdersOptions.ShippingPromiseHours);
        await context.Actions.RecordHurryNoteAsync(context.Turn, order.OrderNumber, pastPromise: true, note, cancellationToken).ConfigureAwait(false);
        context.Say(OverdueNoted, context.SlotsOf(order));
        context.State.LastOrderNumber = order.OrderNumber;
        return true;
    }

    /// <summary>
    /// "那个台灯发了没", "还有浴巾那单 单号都没有" about another order than the one waited about: where it stands, told
    /// from the order. False when the line asks nothing of the kind or names the order already in hand.
    /// </summary>
    public static async Task<bool> TryTellOtherAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var intent = context.Input.Understanding.Intent;
        if (context.State.ActiveFlow is not null || intent is not (IntentIds.Track or IntentIds.Hurry)
            || OneNamed(context) is not { } order || order.OrderNumber == context.State.LastOrderNumber)
        {
            return false;
        }

        await ShipmentAnswers.TellAsync(context, order, cancellationToken).ConfigureAwait(false);
        context.State.LastOrderNumber = order.OrderNumber;
        return true;
    }

    /// <summary>
    /// "别跟我绕 我要真人 保温杯的事" asking for the person again: the order the goods name is the one the colleague takes
    /// up, said so with the place kept, never only the queue line again. False when no one order is named or it is the
    /// order already in hand.
    /// </summary>
    public static bool TryAcknowledge(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (OneNamed(context) is not { } order || order.OrderNumber == context.State.LastOrderNumber)
        {
            return false;
        }

        context.State.LastOrderNumber = order.OrderNumber;
        context.Say("handoff.queued_order_named", context.SlotsOf(order));
        return true;
    }

    private static Order? OneNamed(FlowContext context) => OrderResolver.Named(context) is [var order] ? order : null;

    /// <summary>
    /// The order named; else, for a hurry ("不是说72小时发货吗"), the order the chat is about or the buyer's only unshipped
    /// order past the promise.
    /// </summary>
    private static Order? Overdue(FlowContext context)
    {
        if (OneNamed(context) is { } named)
        {
            return named;
        }

        if (context.Input.Understanding.Intent != IntentIds.Hurry || context.Facts.OrderReferences.Count > 0)
        {
            return null;
        }

        var orders = context.Services.Orders;
        return context.State.LastOrderNumber is { } last ? orders.Find(context.Input.BuyerId, last)
            : orders.OrdersOf(context.Input.BuyerId).Where(o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay && orders.Facts(o).IsPastShippingPromise).ToList() is [var only] ? only : null;
    }
}
