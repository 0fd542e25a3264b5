using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

// A size ordered by mistake ("码拍错了 娃130的个子 120肯定小"): the change is asked for without a word of changing.
public static partial class OrderChanges
{
    /// <summary>
    /// "羽绒服码拍错了 娃130的个子 120肯定小", "尺码买小了 要130的", "拍成120的了 孩子要穿130": the size said to be too small or too big is the one bought,
    /// another size named is the one wanted (a child's height is its size); null when no size is said wrong or none wanted.
    /// </summary>
    private static OrderChange? Misordered(string text)
    {
        var boughtAs = BoughtAs().Match(text);
        if (!SizeMisordered().IsMatch(text) && !boughtAs.Success)
        {
            return null;
        }

        var sizes = SizeAlone().Matches(text).Where(m => !SizeMisordered().Match(text).Value.Contains(m.Value, StringComparison.Ordinal)).ToList();
        // "拍成120的了 孩子要穿130": the size right after 拍成 is the one bought.
        var bought = sizes.FirstOrDefault(m => DoesNotFit().IsMatch(text[(m.Index + m.Length)..]))
            ?? (boughtAs.Success ? sizes.FirstOrDefault(m => m.Index == boughtAs.Index + boughtAs.Length) : null);
        // "拍错尺码了 帮我取消吧" names no size wanted: a refund or a question, never a change to ask about.
        if (sizes.FirstOrDefault(m => m != bought) is not { } wanted)
        {
            return null;
        }

        return new OrderChange(OrderChangeKind.Size, bought is null ? null : Size(bought.Value), Size(wanted.Value));
    }

    [GeneratedRegex("(?:尺码|码数|尺寸|码子|码|号)(?:拍|买|选|下单|下|选择)(?:错|小|大)|(?:拍|买|选)(?:错|小|大)了?(?:尺码|码数|尺寸|码子|码|号)")]
    private static partial Regex SizeMisordered();

    /// <summary>"拍成120的了", "買成M了": the size that follows was bought by mistake.</summary>
    [GeneratedRegex("(?:拍|买|选|下单|下)成了?(?=[0-9]{2,3}|[2-4]?x{0,3}[sml](?![a-z]))", RegexOptions.IgnoreCase)]
    private static partial Regex BoughtAs();

    /// <summary>Right after a size: it is too small or too big for the wearer, so it is the size bought.</summary>
    [GeneratedRegex("^(?:的|码|cm)?(?:肯定|绝对|明显|可能|怕|会|估计|应该|有点|有些|太|偏)?(?:小|大|穿不下|穿不了|穿不进|不够|短|紧)")]
    private static partial Regex DoesNotFit();
}
