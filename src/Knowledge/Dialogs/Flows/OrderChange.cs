using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// A change the buyer asks for: what (<see cref="Kind"/>), from what (when said) to what (when said). "120的改成130"
/// is a size from 120cm to 130cm; "换顺丰" a courier to 顺丰; "不要发极兔" a courier refused.
/// </summary>
public sealed partial record OrderChange(OrderChangeKind Kind, string? From, string? To)
{
    /// <summary>Fewer pieces of the order ("4包取消2包"), a quantity change read against the order's own quantity.</summary>
    public QuantityCut? Cut { get; init; }

    /// <summary>The change in the shop's words, with what the order says where the buyer named only the new value.</summary>
    public string Describe(string itemTitle)
    {
        var from = From ?? FromTitle(itemTitle);
        return Kind switch
        {
            OrderChangeKind.Size => FromTo("尺码", from, To),
            OrderChangeKind.Colour => FromTo("颜色", from, To),
            OrderChangeKind.Spec => FromTo("规格", from, To),
            OrderChangeKind.Quantity when Cut is { Cut: { } fewer } => $"少发{fewer}{Cut.Unit}",
            OrderChangeKind.Quantity when Cut is { Keep: { } kept } => $"数量改成{kept}{Cut.Unit}",
            OrderChangeKind.Quantity => To is null ? "修改数量" : $"数量改成{To}",
            _ when To is null && From is not null => $"不发{From}，换别的快递",
            _ when To is not null && From is not null => $"不发{From}，改发{To}",
            _ => To is null ? "换一家快递" : $"改发{To}",
        };
    }

    /// <summary>What the warehouse reads: the change, what stays if the new value is out of stock, and the item it is made on.</summary>
    public string Note(string itemTitle, string? fallback = null) => $"{Describe(itemTitle)}{(fallback is null ? string.Empty : "；" + fallback)}（商品：{itemTitle}）";

    /// <summary>"若无浅灰色则保持香槟色": the order as bought stands when the new value is not in stock; null for a courier or a quantity.</summary>
    public string? KeptIfMissing(string itemTitle) => Kind is OrderChangeKind.Size or OrderChangeKind.Colour or OrderChangeKind.Spec && To is not null
        ? $"若无{To}则保持{From ?? FromTitle(itemTitle) ?? "原来拍下的规格"}"
        : null;

    /// <summary>"若无130cm则改140cm": another size sent when the new one is not in stock; null for other kinds of change.</summary>
    public string? InsteadIfMissing(string other) => Kind == OrderChangeKind.Size && To is not null && other != To ? $"若无{To}则改{other}" : null;

    /// <summary>The record's reason: what kind of change it is.</summary>
    public string Reason => Kind switch
    {
        OrderChangeKind.Size => "改尺码",
        OrderChangeKind.Colour => "改颜色",
        OrderChangeKind.Spec => "改规格",
        OrderChangeKind.Quantity => "改数量",
        _ => "指定快递",
    };

    private static string FromTo(string what, string? from, string? to) => (from, to) switch
    {
        (not null, not null) when from != to => $"{what}从{from}改成{to}",
        (_, not null) => $"{what}改成{to}",
        _ => $"修改{what}",
    };

    private string? FromTitle(string title) => Kind switch
    {
        OrderChangeKind.Size => TitleSize().Match(title) is { Success: true } m ? OrderChanges.Size(m.Value) : null,
        OrderChangeKind.Colour => OrderChanges.Colour().Match(title) is { Success: true } c ? c.Value : null,
        OrderChangeKind.Spec => TitleSpec().Match(title) is { Success: true } s ? s.Value : null,
        _ => null,
    };

    [GeneratedRegex(@"[0-9]{2,3}cm|(?<![a-z])(x{0,3}l|[0-9]xl|m|s)(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex TitleSize();

    [GeneratedRegex(@"[0-9](\.[0-9])?m(?![a-z])|[0-9]+ml|[0-9]+件")]
    private static partial Regex TitleSpec();
}
