using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "羽绒服今天能发吗 孩子等着穿" while the buyer waits for a person and no hurry is noted on that order yet: the day is
/// answered from the order (paid when, shipped by when, or the delay admitted) and the order is marked for priority
/// for the colleague, instead of leaving the question for the queue or answering only what else the line asks.
/// </summary>
public static partial class QueuedShipDay
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // "算了 今天能发就不退" sets a condition on a refund, which the refund answers take.
        if (context.State.ActiveFlow is not null || !ShipTodayQuestion.Asks(context.Compact) || context.Facts.Cues.HasCondition
            || RefundWords().IsMatch(context.Compact) || Meant(context) is not { } order
            || await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.HurryNote, CaseKind.UrgentNote).ConfigureAwait(false) is not null)
        {
            return false;
        }

        var promiseHours = context.Services.OrdersOptions.ShippingPromiseHours;
        var pastPromise = context.Services.Orders.Facts(order).IsPastShippingPromise;
        var note = HurryFlow.TellsNeed(context) ? HurryFlow.Note(context)
            : pastPromise ? HurryFlow.OverdueNote(promiseHours) : "买家等人工时问今天能不能发出，请仓库优先安排";
        await context.Actions.RecordHurryNoteAsync(context.Turn, order.OrderNumber, pastPromise, note, cancellationToken).ConfigureAwait(false);
        ShipTodayQuestion.Answer(context, order);
        // The overdue answer says itself the hurry is recorded; within the promise the priority note is said once.
        if (!pastPromise)
        {
            context.Say("listen_followups.ship_today_priority_noted", context.SlotsOf(order));
        }

        context.State.LastOrderNumber = order.OrderNumber;
        return true;
    }

    [GeneratedRegex("退|取消|不要了")]
    private static partial Regex RefundWords();

    /// <summary>The unshipped order named, else the one in focus, else the buyer's only order waiting to ship.</summary>
    private static Order? Meant(FlowContext context)
    {
        static bool Waits(Order o) => o is { Status: OrderStatus.AwaitingShipment, HasRefundUnderWay: false };
        var named = OrderResolver.Named(context);
        if (named.Count > 0)
        {
            return named.Count == 1 && Waits(named[0]) ? named[0] : null;
        }

        var orders = context.Services.Orders;
        if (context.State.LastOrderNumber is { } focus && orders.Find(context.Input.BuyerId, focus) is { } inFocus)
        {
            return Waits(inFocus) ? inFocus : null;
        }

        var waiting = orders.OrdersOf(context.Input.BuyerId).Where(Waits).ToList();
        return waiting.Count == 1 ? waiting[0] : null;
    }
}
