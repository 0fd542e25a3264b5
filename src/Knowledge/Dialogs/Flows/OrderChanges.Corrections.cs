using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Dialogs.Flows;

// A correction inside one line ("不对", "说错了", "算了 还是"): the value said after it is the one wanted.
public static partial class OrderChanges
{
    /// <summary>
    /// "羽绒服改成130的 不对 是140", "换白色 說錯了 黑色的": the value named after the buyer's own correction is the one
    /// wanted, so the change that was first typed is never recorded.
    /// </summary>
    private static OrderChange Corrected(OrderChange change, string text)
    {
        // "袜子4份改成2份 不对 改成3份吧": the count said last is the whole quantity wanted, whatever was cut before;
        // "取消2包 不对 取消3包" cuts the pieces said last.
        if (change.Kind == OrderChangeKind.Quantity)
        {
            var said = CorrectionTail(text) ?? string.Empty;
            return QuantityCut.Read(said) is { } cut ? new OrderChange(OrderChangeKind.Quantity, null, null) { Cut = cut }
                : CountWithUnit().Matches(said).LastOrDefault() is not { } count ? change
                : change.Cut is { Cut: not null } && !WholeCount().IsMatch(said)
                    ? new OrderChange(OrderChangeKind.Quantity, null, null) { Cut = new QuantityCut(DateMentions.Number(count.Groups["n"].Value), null, count.Groups["u"].Value) }
                : new OrderChange(OrderChangeKind.Quantity, null, count.Value);
        }

        var value = CorrectionTail(text) is not { } tail ? null : change.Kind switch
        {
            OrderChangeKind.Size => SizeAlone().Matches(tail).LastOrDefault()?.Value is { } size ? Size(size) : null,
            OrderChangeKind.Colour => Colour().Matches(tail).LastOrDefault()?.Value is { } colour ? Colourful(colour) : null,
            OrderChangeKind.Courier => CourierName().Matches(tail).LastOrDefault()?.Value is { } courier ? Courier(courier) : null,
            _ => null,
        };
        return value is null || value == change.From ? change : change with { To = value };
    }

    /// <summary>What follows the buyer's last correction mark ("不对", "算了 还是"), or null when the line has none.</summary>
    private static string? CorrectionTail(string text) =>
        CorrectionMark().Matches(text).LastOrDefault() is { } mark ? text[(mark.Index + mark.Length)..] : null;

    /// <summary>"…不对 改成3份吧", "…算了 还是三件": the count named after the correction, with its unit.</summary>
    private static string? CorrectedCount(string text) =>
        CorrectionTail(text) is { } tail && CountWithUnit().Matches(tail).LastOrDefault() is { } count ? count.Value : null;

    /// <summary>"…算了 还是140吧", "…算了 换黑色": a size or colour named after the correction.</summary>
    private static string? CorrectedValue(string text) =>
        CorrectionTail(text) is { } tail && (SizeAlone().Match(tail) is { Success: true } || Colour().Match(tail) is { Success: true }) ? tail : null;

    [GeneratedRegex("(?<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,2})(?<u>件|个|套|双|条|只|盒|份|包|瓶|袋|支|对|箱|罐)")]
    private static partial Regex CountWithUnit();

    /// <summary>"改成3份", "要三件", "只留2包": the count is the whole quantity wanted, never the pieces dropped.</summary>
    [GeneratedRegex("改|换|要|买|拍|留|发")]
    private static partial Regex WholeCount();

    [GeneratedRegex("不对|不是|说错了?|打错了?|写错了?|搞错了?|错了|我是说|应该是|算了(?:吧)?(?=[^，,。不别]{0,3}(?:还是|改|换|要))")]
    private static partial Regex CorrectionMark();
}
