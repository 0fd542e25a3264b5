using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

public static partial class OrderChanges
{
    /// <summary>
    /// "还没发的话能改成130吗 红色不变 顺便发顺丰行不": a courier wished in the same line as another change, noted on its
    /// own; null when the line names none or the change already is the courier.
    /// </summary>
    public static OrderChange? CourierBeside(string normalizedText, OrderChange change)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        ArgumentNullException.ThrowIfNull(change);
        return change.Kind != OrderChangeKind.Courier && CourierWanted().Match(Compact(normalizedText)) is { Success: true } wanted
            ? new OrderChange(OrderChangeKind.Courier, null, Courier(wanted.Groups["c"].Value))
            : null;
    }

    /// <summary>"到时候能走顺丰吗", "能发顺丰吗": the courier the buyer wishes for, or null; "不要发极兔" wishes none.</summary>
    public static string? CourierWished(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var text = CourierUsed().Replace(CourierRefused().Replace(Compact(normalizedText), "，"), "，");
        return CourierWanted().Match(text) is { Success: true } wanted ? Courier(wanted.Groups["c"].Value) : null;
    }

    /// <summary>"台灯6号就发顺丰了", "已经走的中通": the courier the parcel went with, told, never wished for.</summary>
    [GeneratedRegex("(?:已经|早就|就|已|早)(?:是)?(?:发|走|用|寄)(?:的)?(?:" + Couriers + ")(?:了|的|寄的|发的)", RegexOptions.IgnoreCase)]
    private static partial Regex CourierUsed();

    /// <summary>"别发中通", "不要走圆通": the courier the buyer refuses, or null.</summary>
    public static string? CourierRefusedIn(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return CourierRefused().Match(Compact(normalizedText)) is { Success: true } refused ? Courier(refused.Groups["c"].Value) : null;
    }
}
