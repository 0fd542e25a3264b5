using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

public static partial class ShippingWishes
{
    private const string NotifyNote = "买家希望发货前先告知一声";

    private const string NotifySaid = "发货前先跟您说一声";

    private static string NeededBySaid(string date) => $"{date}前要用";

    private static string NeededByNote(string date) => $"买家{NeededBySaid(date)}，到货时间以快递为准";

    private static string TogetherNote(string said) => $"买家希望{said}，请同事确认两单都未发货且地址相同再合并";

    /// <summary>
    /// The wishes a record holds beside its change that stay when the change goes ("改发顺丰…；买家11月25日（周三）前要用…"):
    /// the day needed by, a word before shipping, another order to ship with; read back from the shop's words.
    /// </summary>
    public static IReadOnlyList<ShippingWish> KeptBeside(string? description)
    {
        var kept = new List<ShippingWish>();
        foreach (var part in (description ?? string.Empty).Split('；').Skip(1))
        {
            if (part == NotifyNote)
            {
                kept.Add(new(ShippingWishKind.Notify, NotifyNote, NotifySaid, "发货前"));
            }
            else if (NeededByRecorded().Match(part) is { Success: true } day)
            {
                var date = day.Groups["date"].Value;
                kept.Add(new(ShippingWishKind.NeededBy, part, NeededBySaid(date), date));
            }
            else if (TogetherRecorded().Match(part) is { Success: true } together)
            {
                kept.Add(new(ShippingWishKind.Together, part, together.Groups["said"].Value, "一起发"));
            }
        }

        return kept;
    }

    [GeneratedRegex("^买家(?<date>.+)前要用，到货时间以快递为准$")]
    private static partial Regex NeededByRecorded();

    [GeneratedRegex("^买家希望(?<said>.+)，请同事确认两单都未发货且地址相同再合并$")]
    private static partial Regex TogetherRecorded();
}
