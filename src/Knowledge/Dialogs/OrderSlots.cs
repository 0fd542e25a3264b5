using System.Globalization;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>The template slots an order fills. Only what the buyer may see: never the receiver's name, phone or address.</summary>
public static class OrderSlots
{
    public static IReadOnlyDictionary<string, string?> Of(Order order, OrderFacts facts, OrdersOptions options)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(options);
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [TemplateSlots.OrderNumber] = order.OrderNumber,
            [TemplateSlots.Carrier] = order.Carrier,
            [TemplateSlots.TrackingNumber] = order.TrackingNumber,
            [TemplateSlots.ShipTime] = Format(order.ShippedAt),
            [TemplateSlots.PaidTime] = Format(order.PaidAt),
            [TemplateSlots.ShipBy] = Format(facts.ShipBy),
            [TemplateSlots.PromiseHours] = options.ShippingPromiseHours.ToString(CultureInfo.InvariantCulture),
            [TemplateSlots.HoursLeft] = facts.HoursLeftToShip is { } left ? Math.Ceiling(left).ToString(CultureInfo.InvariantCulture) : null,
            // Rounded as a buyer counts: shipped on the 19th at 15:00 is "三天" on the 22nd at 10:00, not "2天".
            [TemplateSlots.DaysSinceShipment] = facts.DaysSinceShipment is { } days ? Math.Round(days, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) : null,
            [TemplateSlots.ItemTitle] = order.Title,
            [TemplateSlots.Amount] = order.AmountPaid.ToString("0.00", CultureInfo.InvariantCulture),
            [TemplateSlots.ClosesAt] = order.Status == OrderStatus.AwaitingPayment ? Format(order.CreatedAt.AddHours(options.UnpaidCloseHours)) : null,
        };
    }

    /// <summary>A short line for lists and for the agent: number, title and state, nothing personal.</summary>
    public static string Describe(Order order) => $"{order.OrderNumber}（{Shorten(order.Title)}，{StatusName(order)}）";

    /// <summary>The order by its goods and state alone ("纯棉圆领短袖T恤 男款 白色 X…（已发货）"), for a list said again.</summary>
    public static string DescribeShort(Order order) => $"{Shorten(order.Title)}（{StatusName(order)}）";

    public static string StatusName(Order order) => order.HasRefundUnderWay ? "退款中" : order.Status switch
    {
        OrderStatus.AwaitingPayment => "待付款",
        OrderStatus.AwaitingShipment => "待发货",
        OrderStatus.Shipped => "已发货",
        OrderStatus.Completed => "交易成功",
        _ => "已关闭",
    };

    private static string? Format(DateTimeOffset? time) =>
        time?.ToOffset(ShanghaiTime.Offset).ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);

    private static string Shorten(string title) => title.Length <= 16 ? title : title[..16] + "…";
}
