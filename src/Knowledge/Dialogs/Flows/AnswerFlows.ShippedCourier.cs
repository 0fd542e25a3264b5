using System.Text.RegularExpressions;
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
        return CourierAsked().Match(context.Normalized) is { Success: true } asked && (order.Carrier ?? string.Empty).Contains(Canonical(asked.Value), StringComparison.OrdinalIgnoreCase)
            ? "courier_choice.shipped_same"
            : "courier_choice.shipped_other";
    }

    private static IReadOnlyDictionary<string, string?>? ShippedCourierSlots(FlowContext context) =>
        context.State.OrderNumber is { } number && context.Services.Orders.Find(context.Input.BuyerId, number) is { Status: OrderStatus.Shipped or OrderStatus.Completed } order
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

    private static string Canonical(string asked) => asked.ToLowerInvariant() switch
    {
        "顺风" or "顺峰" or "sf" => "顺丰",
        "ems" => "邮政",
        var name => name,
    };

    [GeneratedRegex("顺丰|顺风|顺峰|sf|京东|邮政|ems|德邦|圆通|中通|申通|韵达|极兔", RegexOptions.IgnoreCase)]
    private static partial Regex CourierAsked();
}
