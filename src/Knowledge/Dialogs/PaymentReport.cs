using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "我付款了", "钱已经付了": the buyer reports a payment. The answer is the order's state (paid and waiting to ship,
/// shipped, still awaiting payment) and what happens next, never a payment-method answer or a menu.
/// </summary>
internal static partial class PaymentReport
{
    public static bool IsSaid(string normalizedText, ClauseGuard guard)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        ArgumentNullException.ThrowIfNull(guard);
        var compact = CompactText.Of(normalizedText);
        return compact.Length <= 14 && guard.Acts(Paid()) && !OtherTopic().IsMatch(compact) && !GoingToPay().IsMatch(compact);
    }

    /// <summary>
    /// The order the payment is about: the order in focus when it is one a payment can be reported for ("餐具那单怎么还没发"
    /// then "18号晚上就付了钱的" is the tableware, paid, never the unpaid socks), else the newest one awaiting payment or
    /// shipment, else one shipped this week.
    /// </summary>
    public static Order? OrderOf(IReadOnlyList<Order> orders, string? focus, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(orders);
        bool Reportable(Order o) => o.Status is OrderStatus.AwaitingPayment or OrderStatus.AwaitingShipment
            || (o.Status == OrderStatus.Shipped && now - o.CreatedAt <= TimeSpan.FromDays(7));
        return orders.FirstOrDefault(o => o.OrderNumber == focus && Reportable(o))
            ?? orders.Where(o => o.Status is OrderStatus.AwaitingPayment or OrderStatus.AwaitingShipment).MaxBy(o => o.CreatedAt)
            ?? orders.Where(o => o.Status == OrderStatus.Shipped && now - o.CreatedAt <= TimeSpan.FromDays(7)).MaxBy(o => o.CreatedAt);
    }

    [GeneratedRegex("(?:付款|付钱|支付|付|交钱|拍下付款)(?:了|好了|过了|完了|成功了?)|(?:已|已经)(?:付款|支付|付)|(?:钱|款|货款)(?:已经|已|都)?(?:付|交|打)(?:了|过了|好了)|付完款|付了款")]
    private static partial Regex Paid();

    // "好 那我去付了", "马上付", "有满减的话我马上就付了": the buyer is about to pay, or would, which reports nothing.
    [GeneratedRegex("(去|这就|马上|现在|立刻|等下|等会儿?|待会儿?|一会儿?|回头|晚点)(就|再)?(付|支付|交钱)|的话|如果|要是")]
    private static partial Regex GoingToPay();

    [GeneratedRegex("[吗么嘛?]|怎么|为什么|手续费|信用卡|花呗|分期|退|发货|物流|快递|取消|没付|不付|别付|不想付|不支付")]
    private static partial Regex OtherTopic();
}
