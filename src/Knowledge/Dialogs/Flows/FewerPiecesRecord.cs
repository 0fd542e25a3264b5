using System.Globalization;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Fewer pieces recorded on an order waiting to ship (<see cref="OrderChangeFlow"/>): the record carries no refund, a
/// colleague decides whether the pieces dropped are refunded, so the sum the buyer asks about is worked out here from
/// the pieces the record names and the order's price.
/// </summary>
public static class FewerPiecesRecord
{
    public static bool IsCut(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Kind == CaseKind.OrderChange && record.Reason == OrderChangeFlow.FewerReason;
    }

    /// <summary>"99.8": what the pieces dropped cost at the order's price; null when the record names no count.</summary>
    public static string? AskedSum(CaseRecord record, Order order)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(order);
        return record.Description is { } description && QuantityCut.Read(description) is { Cut: { } pieces } && order.Quantity > 0
            ? Math.Round(order.AmountPaid * pieces / order.Quantity, 2).ToString("0.##", CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>"不对 留三包吧 退一包的钱就行" after 4 cut to 2: the line keeps another count than the record, so it changes the record.</summary>
    public static bool Recounted(CaseRecord record, Order order, string compact)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(order);
        return QuantityCut.Read(compact) is { } said && record.Description is { } description && QuantityCut.Read(description) is { } recorded
            && said.Kept(order.Quantity) != recorded.Kept(order.Quantity);
    }
}
