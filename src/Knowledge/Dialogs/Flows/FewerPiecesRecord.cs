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

    /// <summary>The fewer-pieces change still open on the order, whichever chat recorded it; null when none is.</summary>
    public static async Task<CaseRecord?> OpenOnAsync(FlowContext context, string orderNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, orderNumber, cancellationToken).ConfigureAwait(false);
        return cases.LastOrDefault(c => c.Status == CaseStatus.Open && IsCut(c));
    }

    /// <summary>"少发1条、只发2条": the change a fewer-pieces record names, for the buyer; null when it names no count.</summary>
    public static string? Said(CaseRecord record, Order order)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(order);
        return record.Description is { } description && QuantityCut.Read(description) is { } cut
            && cut.Kept(order.Quantity) is var kept && kept > 0 && kept < order.Quantity
            ? string.Create(CultureInfo.InvariantCulture, $"少发{order.Quantity - kept}{cut.Unit}、只发{kept}{cut.Unit}")
            : null;
    }

    /// <summary>
    /// "还是留3包吧 退1包", "不对 留三包": the buyer keeps another count than the record's, said as "留3包" for the
    /// change to be read again; null when the line names no count or the same one.
    /// </summary>
    public static string? OtherCount(string compact, CaseRecord record, Order order)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(order);
        if (!IsCut(record) || QuantityCut.Read(compact) is not { } said || record.Description is not { } description
            || QuantityCut.Read(description) is not { } recorded)
        {
            return null;
        }

        var kept = said.Kept(order.Quantity);
        return kept > 0 && kept < order.Quantity && kept != recorded.Kept(order.Quantity) ? $"留{kept}{recorded.Unit}" : null;
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
}
