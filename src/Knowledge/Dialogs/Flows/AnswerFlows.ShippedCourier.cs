using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "能不能给我发顺丰" about the order just talked about, or the one named, when it has already gone out: it left with
/// its courier, which is said (and that it is the one asked for, when it is), never a note to choose the courier of an
/// order still to ship.
/// </summary>
public sealed partial class AnswerFlows
{
    private static string? ShippedCourier(FlowContext context)
    {
        if (!NamedCourierWords().IsMatch(context.Normalized) || ShippedOrderMeant(context) is not { } order)
        {
            return null;
        }

        context.State.OrderNumber = order.OrderNumber;
        return OrderChanges.CourierNamed(context.Normalized) is { } asked && (order.Carrier ?? string.Empty).Contains(asked[..2], StringComparison.OrdinalIgnoreCase)
            ? "courier_choice.shipped_same"
            : "courier_choice.shipped_other";
    }

    /// <summary>The order's slots for the two answers <see cref="ShippedCourier"/> chose; none for the other courier answers.</summary>
    private static IReadOnlyDictionary<string, string?>? ShippedCourierSlots(FlowContext context, string template) =>
        template is "courier_choice.shipped_same" or "courier_choice.shipped_other" && context.State.OrderNumber is { } number && context.Services.Orders.Find(context.Input.BuyerId, number) is { Status: OrderStatus.Shipped or OrderStatus.Completed } order
            ? new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
            {
                [TemplateSlots.TrackingNumber] = string.IsNullOrEmpty(order.TrackingNumber) ? "还没同步出来" : order.TrackingNumber,
            }
            : null;

    /// <summary>The one order named, or with none named the order just talked about, when it has left the warehouse.</summary>
    private static Order? ShippedOrderMeant(FlowContext context)
    {
        var order = OrderResolver.Named(context) is [var named] ? named
            : context.Facts.OrderReferences.Count == 0 && context.State.LastOrderNumber is { } focus ? context.Services.Orders.Find(context.Input.BuyerId, focus)
            : null;
        return order is { Status: OrderStatus.Shipped or OrderStatus.Completed } && !string.IsNullOrEmpty(order.Carrier) ? order : null;
    }
}
