using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The province put right on an order still to ship while another of the buyer's orders, already shipped to the same
/// address, carries the same wrong province: the buyer hears that parcel can only be redirected through its courier,
/// and "那件也帮我弄一下" then records that redirect for a colleague (the same follow-up as a worry about it).
/// </summary>
public static partial class WrongProvinceParcel
{
    private const string AlikeTemplate = "change_address.province_shipped_alike";

    /// <summary>After the province fix of <paramref name="fixedOrder"/> was recorded: the shipped orders to the same wrong address, told once.</summary>
    public static void TellShippedAlike(FlowContext context, Order fixedOrder)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(fixedOrder);
        if (Misplaced(context, fixedOrder) is not { } place)
        {
            return;
        }

        var alike = ShippedAlike(context, fixedOrder).ToList();
        if (alike.Count == 0 || context.Told(AlikeTemplate, fixedOrder.OrderNumber))
        {
            return;
        }

        context.Say(AlikeTemplate, new Dictionary<string, string?>(context.SlotsOf(fixedOrder), StringComparer.Ordinal)
        {
            [Templates.TemplateSlots.Change] = place.Written,
            [Templates.TemplateSlots.Place] = place.Province + place.City,
            [Templates.TemplateSlots.OrderList] = string.Join('、', alike.Select(o => $"{o.Title}（订单{o.OrderNumber}）")),
        });
    }

    /// <summary>The buyer's shipped orders, not being refunded, sent to the very address of <paramref name="order"/>.</summary>
    private static IEnumerable<Order> ShippedAlike(FlowContext context, Order order) =>
        context.Services.Orders.OrdersOf(context.Input.BuyerId).Where(o => o.OrderNumber != order.OrderNumber
            && o.Status == OrderStatus.Shipped && !o.HasRefundUnderWay && o.Address == order.Address);

    /// <summary>
    /// "那件也帮我跟快递说一下", "麻烦登记一下改派" right after the alike parcel was told: the redirect is asked for.
    /// "餐具那单改一下" names an order still to ship, and "帮我改成 江苏省苏州市…" gives the fixed address again: both are about
    /// that fix, never the redirect of a parcel on its way; so is "帮我改一下" after "餐具那单还没发货吧" in the same message.
    /// </summary>
    private static bool RedirectAskedAfterAlike(FlowContext context) =>
        context.State.LastOrderNumber is { } last && context.Told(AlikeTemplate, last) && RedirectAsked().IsMatch(context.Compact)
        && context.Facts.Address is null && !OrderResolver.Named(context).Any(o => o.Status != OrderStatus.Shipped)
        && !(context.Input.IsSecondNeed && context.Services.Orders.Find(context.Input.BuyerId, last) is { Status: not OrderStatus.Shipped });

    [GeneratedRegex("改派|(帮|麻烦|替)我?(也)?(联系|跟|找|和|问问?)快递|(帮|麻烦|替)我?(也)?(登记|记|弄|改|处理|安排)|(那|这)(件|单|个)(也|都)(帮|麻烦|要|改)|也(帮我|麻烦)?(改|弄|登记)")]
    private static partial Regex RedirectAsked();
}
