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

    /// <summary>
    /// "两件都是L码 我买的是XL", "发的是L 我要XL", "订的XL 发成了L": one size ordered and another that came, told in one
    /// line; the sizes ordered and received, or null when the line sets no two different sizes side by side.
    /// </summary>
    public static (string Wanted, string Came)? Single(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText ?? string.Empty).ToLowerInvariant();
        var m = CameThenWanted().Match(compact) is { Success: true } came ? came : WantedThenCame().Match(compact);
        return m.Success && Size(m, "want") != Size(m, "got") ? (Size(m, "want"), Size(m, "got")) : null;
    }

    private static string Size(Match m, string group) => m.Groups[group].Value.ToUpperInvariant();

    private static string Counted(Match m, string size) => m.Groups["n"].Success ? $"{m.Groups["n"].Value}件{size}" : size;

    private const string Sized = "(?<![a-z])(?:x{0,3}l|xs|s|m|[0-9]{2,3})(?![a-z0-9])";

    private const string Piece = "(?:件|个|条|双|套)";

    [GeneratedRegex("一" + Piece + "(?<a>" + Sized + ")码?的?[,，]?一" + Piece + "(?<b>" + Sized + ")码?的?[^。;；!！?？]{0,6}?(?:买|拍|要|订|下单|选)的(?:是|明明是)?(?:(?<n>[两二三四俩2-4])" + Piece + ")?(?:都是)?(?<want>" + Sized + ")")]
    private static partial Regex PairThenWanted();

    // "发的是L 我要XL", "寄来的L码 可我拍的XL", "两件都是L码 我买的是XL": what came, then what was ordered; after a bare
    // "是L的" only an order said in the past counts ("我买的是XL"), since "是M的 我要L" may be a size wished for.
    [GeneratedRegex("(?:(?:发|寄|来|到)的(?:是|都是)?|发了|寄了)(?<got>" + Sized + ")码?的?[,，]?(?:我|但是?|可是?|明明|而)*(?:买|拍|要|订|选|下单)的?(?:是|明明是)?(?<want>" + Sized + ")"
        + "|(?:都是|全是|是)(?<got>" + Sized + ")码?的?[,，]?(?:我|但是?|可是?|明明|而)*(?:买|拍|要|订|选|下单)的(?:是|明明是)?(?<want>" + Sized + ")")]
    private static partial Regex CameThenWanted();

    // "订的XL 发成了L", "我订的XL 怎么给我发成了L", "拍的XL码 到手是L": what was ordered, then what came.
    [GeneratedRegex("(?:买|拍|订|选|下单|要)的(?:是|明明是)?(?<want>" + Sized + ")码?的?[,，]?(?:但是?|可是?|结果|却|怎么|咋|居然|竟然|给我)*(?:发成了?|寄成了?|发来的?是?|寄来的?是?|发的是?|寄的是?|收到的?是?|到手的?是?|来的是?|给我发了?|发了|寄了)(?<got>" + Sized + ")")]
    private static partial Regex WantedThenCame();

    [GeneratedRegex("(?<n>[两二三四俩2-4])" + Piece + "(?<want>" + Sized + ")码?的?[^。;；!！?？]{0,4}?(?:只|就|才|结果|但|却)*(?:来了|到了|收到了?|发了|发来了?|寄来了?)一" + Piece + "(?<got>" + Sized + ")")]
    private static partial Regex FewerThanWanted();
}
