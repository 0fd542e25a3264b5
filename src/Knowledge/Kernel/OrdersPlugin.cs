namespace ShopBot.Knowledge.Kernel;

using System.ComponentModel;
using System.Globalization;
using System.Text;
using Microsoft.SemanticKernel;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Orders;

/// <summary>
/// The current buyer's orders as a chat model may read them: number, item, state, times, carrier and tracking
/// number; never the receiver's name, phone or address, the Alipay account or the shop's own note. The buyer comes
/// from the kernel's <see cref="BuyerTurn"/>, so another buyer's order number gets exactly the unknown-order text.
/// </summary>
public sealed class OrdersPlugin(IOrderLookup orders)
{
    /// <summary>What any number that is not one of the buyer's own orders gets, word for word.</summary>
    public const string UnknownOrder = "没有查到这个订单号对应的订单，请买家核对订单号。";

    private const int MaxListed = 10;

    [KernelFunction(KernelNames.ListOrders)]
    [Description("列出当前买家自己的订单（最近的在前）：订单号、商品、状态、付款和发货时间、快递公司和运单号。")]
    public string ListOrders(Kernel kernel)
    {
        var turn = BuyerTurn.Of(kernel);
        var mine = orders.OrdersOf(turn.BuyerId);
        if (mine.Count == 0)
        {
            return "当前买家没有订单。";
        }

        return string.Join('\n', mine.Take(MaxListed).Select(Describe));
    }

    [KernelFunction(KernelNames.GetOrder)]
    [Description("按订单号查询当前买家自己的一笔订单：状态、付款和发货时间、承诺的最晚发货时间、快递公司和运单号。")]
    public string GetOrder(Kernel kernel, [Description("18 或 19 位数字的订单号")] string orderNumber)
    {
        var turn = BuyerTurn.Of(kernel);
        return orderNumber is null || orders.Find(turn.BuyerId, orderNumber) is not { } order ? UnknownOrder : Describe(order);
    }

    private string Describe(Order order)
    {
        var facts = orders.Facts(order);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"订单号 {order.OrderNumber}；商品：{order.Title}；状态：{OrderSlots.StatusName(order)}；实付 {order.AmountPaid:0.00} 元");
        Append(text, "付款时间", order.PaidAt);
        Append(text, "最晚发货时间", order.Status == OrderStatus.AwaitingShipment ? facts.ShipBy : null);
        Append(text, "发货时间", order.ShippedAt);
        if (order.Carrier is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"；快递：{order.Carrier} {order.TrackingNumber}");
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, string label, DateTimeOffset? time)
    {
        if (time is { } value)
        {
            text.Append(CultureInfo.InvariantCulture, $"；{label}：{value.ToOffset(ShanghaiTime.Offset):yyyy-MM-dd HH:mm}");
        }
    }
}
