using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "能換成1.5的嗎" on a set whose title lists only the 1.8m bed: the title names one width, so whether the other one is sold
/// is the product page's and the pre-sales colleague's to say, never a yes; the exchange is still told or taken down, with
/// that said first.
/// </summary>
public sealed partial class NoReasonReturnFlow
{
    /// <summary>The template for <paramref name="template"/> when the width wanted is not the one the order's title lists.</summary>
    private static string ForListing(string template, Order order, string? target) => Unlisted(order, target) ? template + "_unlisted" : template;

    private static bool Unlisted(Order order, string? target) =>
        target is not null && WidthWanted().Match(target) is { Success: true } wanted
        && TitleWidth().Matches(order.Title) is { Count: > 0 } listed && listed.All(w => w.Groups["w"].Value != wanted.Groups["w"].Value);

    /// <summary>"我家床1.5的", "要1.5米的", "換成1.5的": the bed width bedding is sold by, read from the raw text (the fold turns "." into a space).</summary>
    [GeneratedRegex("(?:床|要|[换換]成?|改成?|是)(?<w>[12]\\.[0-9])(?:m|米|的|床)")]
    private static partial Regex BedWidth();

    [GeneratedRegex("^(?<w>[12]\\.[0-9])m$")]
    private static partial Regex WidthWanted();

    [GeneratedRegex("(?<w>[12]\\.[0-9]) ?(?:m|米)", RegexOptions.IgnoreCase)]
    private static partial Regex TitleWidth();
}
