using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "羽绒服改成130的", "能换个颜色不 换成米白的", "我要改尺码" on a paid order still to ship: the size, colour or spec of
/// a paid order never changes on the order, so the buyer hears so plainly with the way that works (refund, then order
/// the size wanted at the page's price then), and nothing is written down for the warehouse.
/// </summary>
public sealed partial class OrderChangeFlow
{
    /// <summary>The spec cannot change, refund-and-reorder offered, with the new value the buyer named.</summary>
    public const string SpecStays = Area + ".spec_stays";

    /// <summary>The same with no new value named ("我要改尺码").</summary>
    public const string SpecStaysOpen = Area + ".spec_stays_open";

    /// <summary>
    /// "能换个颜色不 换成米白的": the value that follows the ask in the same line completes the change; the colour or size
    /// bought ("雾霾灰的能换个颜色吗") is never it.
    /// </summary>
    private static OrderChange WithValueNamed(string request, OrderChange change, Order order) =>
        change.To is null && change.Kind is OrderChangeKind.Size or OrderChangeKind.Colour
        && OrderChanges.OtherValue(request, change) is { } named
        && !order.Title.Contains(named.Replace("cm", string.Empty, StringComparison.Ordinal).TrimEnd('色'), StringComparison.OrdinalIgnoreCase)
            ? change with { To = named }
            : change;
}
