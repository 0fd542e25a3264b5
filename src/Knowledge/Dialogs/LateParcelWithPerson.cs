using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "叫你们老板出来 四件套半个月都没到": a person asked for over a parcel that has not come. Before the person is fetched
/// the buyer hears an apology and the late parcel is recorded on its order, so "您说的情况我已经记下" is true.
/// </summary>
public static partial class LateParcelWithPerson
{
    /// <summary>Records the parcel the message says has not come (one shipped order it names, or the buyer's only one).</summary>
    /// <returns>Whether a parcel was recorded.</returns>
    public static async Task<bool> NoteAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!NotArrived().IsMatch(context.Compact))
        {
            return false;
        }

        var named = OrderResolver.Named(context);
        var shipped = (named.Count > 0 ? named : context.Services.Orders.OrdersOf(context.Input.BuyerId))
            .Where(o => o.Status == OrderStatus.Shipped).ToList();
        if (shipped is not [var order]
            || await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.LostParcel, CaseKind.LogisticsFollowUp).ConfigureAwait(false) is not null)
        {
            return false;
        }

        var slots = context.SlotsOf(order);
        context.Say("handoff.late_parcel_noted", slots);
        if (context.Services.Orders.Facts(order).IsShippedLongAgo)
        {
            await context.Actions.ReportLostParcelAsync(context.Turn, order.OrderNumber, "买家反映包裹发出很久仍未收到，要求找负责人", cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, "买家反映包裹迟迟未到，要求找负责人", cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    [GeneratedRegex("没到|没收到|还没来|没送到|不到货|没见到|收不到|到不了")]
    private static partial Regex NotArrived();
}
