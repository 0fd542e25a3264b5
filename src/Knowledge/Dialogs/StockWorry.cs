using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "怎么还不发 是不是没货了", "等了好几天 断货了吧" about a paid order still waiting to ship: a worry about that order's
/// shipping, never the restock text for a product page. The hurry flow answers it on that order (the delay admitted
/// when the promise is past); the stock itself is not guessed.
/// </summary>
public static partial class StockWorry
{
    public static bool Worries(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return NoStock().IsMatch(compactText) && !Restock().IsMatch(compactText);
    }

    /// <summary>The order named, else the buyer's only paid order waiting to ship; null when the line is no such worry.</summary>
    public static Order? OrderOf(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || !Worries(context.Compact))
        {
            return null;
        }

        var waiting = context.Services.Orders.OrdersOf(context.Input.BuyerId)
            .Where(o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay).ToList();
        var named = context.Facts.MatchedOrderNumbers;
        if (!Waiting().IsMatch(context.Compact))
        {
            return null;
        }

        return named.Count > 0
            ? waiting.FirstOrDefault(o => named.Contains(o.OrderNumber))
            : waiting.Count == 1 ? waiting[0] : null;
    }

    [GeneratedRegex("(没|缺|断|无)货|卖(完|光)了|售罄|没库存|库存不够|没有货")]
    private static partial Regex NoStock();

    /// <summary>The worry must be about a wait: "130的咋没货了" is about the product page, not the order.</summary>
    [GeneratedRegex("发|等|几天|这么久|还没|怎么还|拖|催")]
    private static partial Regex Waiting();

    /// <summary>Asking when a product comes back is a product question, not a worry about an order.</summary>
    [GeneratedRegex("补货|到货通知|什么时候有货|啥时候有货|还会有吗|上架|还会补|补不补|会补吗|再补|补吗")]
    private static partial Regex Restock();
}
