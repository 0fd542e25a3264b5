using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>"XL的能换成L吗" with no goods named: the size or colour bought names the order, whatever its state.</summary>
public sealed partial class OrderChangeFlow
{
    /// <summary>
    /// The one order of the buyer whose title holds the value changed from becomes the order in play, so a shipped
    /// order is answered from its state instead of a list of the orders still changeable; none or several leave it open.
    /// </summary>
    private static void TakeOrderOfValueBought(FlowContext context, OrderChange change)
    {
        if (context.State.OrderNumber is not null || context.Facts.OrderReferences.Count > 0
            || change.Kind is not (OrderChangeKind.Size or OrderChangeKind.Colour) || change.From is not { } from)
        {
            return;
        }

        var bought = context.Services.Orders.OrdersOf(context.Input.BuyerId)
            .Where(o => o.Status is not OrderStatus.Closed && o.Title.Contains(from, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (bought.Count == 1)
        {
            context.State.OrderNumber = bought[0].OrderNumber;
        }
    }
}
