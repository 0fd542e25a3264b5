using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

public static partial class CouponMissed
{
    /// <summary>
    /// "算了 不要退了 快点发就行" after the route to the discount, on an order already past its shipping promise: the
    /// deadline has passed, so it is never quoted; the buyer hears the order is late, with an apology, and the warehouse
    /// is pressed through an urgent note (once).
    /// </summary>
    public static async Task<bool> TryLetGoOverdueAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (LetGo(context) is not { } order || !context.Services.Orders.Facts(order).IsPastShippingPromise)
        {
            return false;
        }

        if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.UrgentNote, CaseKind.HurryNote).ConfigureAwait(false) is null)
        {
            var note = HurryFlow.OverdueNote(context.Services.OrdersOptions.ShippingPromiseHours);
            await context.Actions.RecordHurryNoteAsync(context.Turn, order.OrderNumber, pastPromise: true, note, cancellationToken).ConfigureAwait(false);
        }

        Say(context, "coupon_let_go_overdue", order);
        return true;
    }
}
