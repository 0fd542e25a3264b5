using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "两件T恤一件XL一件L 我拍的是两件XL", "两件XL只来了一件L": the pieces ordered and the pieces that came, told side by side;
/// the shop sent a wrong size, and the record names both so a colleague knows what to send. One size for another
/// ("我要的是M 寄来的是XL") is the wanted size the exchange already records; a bed width for another is <see cref="MeasureSwap"/>.
/// </summary>
public static partial class SizeSwap
{
    /// <summary>The sizes ordered and received as the record writes them ("两件XL", "XL、L各一件"), or null when the text sets none side by side.</summary>
    public static (string Wanted, string Came)? Of(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText ?? string.Empty).ToLowerInvariant();
        if (PairThenWanted().Match(compact) is { Success: true } pair)
        {
            var (a, b, want) = (Size(pair, "a"), Size(pair, "b"), Size(pair, "want"));
            return a == b || (a != want && b != want) ? null : (Counted(pair, want), $"{a}、{b}各一件");
        }

        return FewerThanWanted().Match(compact) is { Success: true } fewer && Size(fewer, "want") != Size(fewer, "got")
            ? (Counted(fewer, Size(fewer, "want")), "一件" + Size(fewer, "got"))
            : MeasureSwap.Of(compact);
    }

    private static string Size(Match m, string group) => m.Groups[group].Value.ToUpperInvariant();

    private static string Counted(Match m, string size) => m.Groups["n"].Success ? $"{m.Groups["n"].Value}件{size}" : size;

    private const string Sized = "(?<![a-z])(?:x{0,3}l|xs|s|m|[0-9]{2,3})(?![a-z0-9])";

    private const string Piece = "(?:件|个|条|双|套)";

    [GeneratedRegex("一" + Piece + "(?<a>" + Sized + ")码?的?[,，]?一" + Piece + "(?<b>" + Sized + ")码?的?[^。;；!！?？]{0,6}?(?:买|拍|要|订|下单|选)的(?:是|明明是)?(?:(?<n>[两二三四俩2-4])" + Piece + ")?(?:都是)?(?<want>" + Sized + ")")]
    private static partial Regex PairThenWanted();

    [GeneratedRegex("(?<n>[两二三四俩2-4])" + Piece + "(?<want>" + Sized + ")码?的?[^。;；!！?？]{0,4}?(?:只|就|才|结果|但|却)*(?:来了|到了|收到了?|发了|发来了?|寄来了?)一" + Piece + "(?<got>" + Sized + ")")]
    private static partial Regex FewerThanWanted();
}
