using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// How many pieces a fault concerns ("两个盘子碎了", "碎了两个碗一个盘子", "碗裂了两个", "两个杯子有一个凹了"): the record
/// keeps the count with the fault ("盘子碎裂2个"), so the colleague who reships knows what and how many to send.
/// </summary>
public static partial class ProblemPhrases
{
    /// <summary>
    /// The fault of <paramref name="clause"/> with each piece counted ("碗碎裂2个、盘子碎裂1个", "碎裂2个"), or null when
    /// the clause counts none.
    /// </summary>
    private static string? Counted(string clause, Match fault, string term)
    {
        var pieces = CountedPieces().Matches(clause)
            .Select(m => $"{m.Groups["item"].Value}{term}{NumberOf(m.Groups["k"].Success ? m.Groups["k"].Value : m.Groups["n"].Value)}{UnitOf(m.Groups["u"])}")
            .Distinct(StringComparer.Ordinal).Take(2).ToList();
        if (pieces.Count > 0)
        {
            return string.Join('、', pieces);
        }

        // "碗裂了两个", "碎了俩": the count after the fault; "有一个碎了": before it.
        var count = CountAfter().Match(clause[(fault.Index + fault.Length)..]) is { Success: true } after ? after
            : CountBefore().Match(clause[..fault.Index]) is { Success: true } before ? before : null;
        if (count is null)
        {
            return null;
        }

        var part = Part().Matches(clause[..fault.Index]).LastOrDefault();
        return $"{(part is null ? string.Empty : PartName(part.Value))}{term}{NumberOf(count.Groups["n"].Value)}{UnitOf(count.Groups["u"])}";
    }

    /// <summary>
    /// A count told in a later line ("碎了俩" → "碎裂2个") put into the fault already recorded ("破损：盘子碎裂" →
    /// "破损：盘子碎裂2个"); null when the later phrase counts nothing or the recorded fault already has a count.
    /// </summary>
    public static string? WithCount(string recorded, string counted)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(counted);
        var m = BareCount().Match(counted);
        if (!m.Success)
        {
            return null;
        }

        var term = m.Groups["term"].Value;
        var at = recorded.IndexOf(term, StringComparison.Ordinal);
        var end = at + term.Length;
        if (at < 0 || (end < recorded.Length && char.IsAsciiDigit(recorded[end])))
        {
            return null;
        }

        return recorded[..end] + m.Groups["count"].Value + recorded[end..];
    }

    /// <summary>
    /// What a reship sends, from the line that asks for it ("补俩给我", "再发两个碗") and the recorded fault: "2个盘子",
    /// "2个碗、1个盘子"; null when no count is known.
    /// </summary>
    public static string? ReshipOf(string compact, string description)
    {
        ArgumentNullException.ThrowIfNull(compact);
        ArgumentNullException.ThrowIfNull(description);
        // "补发碎的那两个就行": every broken piece the record names ("1个碗、1个盘子"), never only the first.
        if (BrokenOnesAsked().IsMatch(compact) && PiecesNamed(description) is { Count: > 1 } pieces)
        {
            return string.Join('、', pieces);
        }

        // "补一个碗一个盘子", "补一个碗和一个盘子": every piece asked for, never only the first.
        if (ReshipPieces().Match(compact) is { Success: true } several)
        {
            return string.Join('、', several.Groups["pair"].Captures.Select(c => ReshipCount().Match("补" + c.Value))
                .Select(m => $"{NumberOf(m.Groups["n"].Value)}{UnitOf(m.Groups["u"])}{m.Groups["item"].Value}"));
        }

        var recorded = RecordedCounts().Matches(description).Select(m => (Item: m.Groups["item"].Value, Count: m.Groups["count"].Value)).ToList();
        var asked = ReshipCount().Match(compact);
        if (asked.Success)
        {
            var item = asked.Groups["item"].Success ? asked.Groups["item"].Value
                : PartAsked(compact) ?? recorded.Where(r => r.Item.Length > 0).Select(r => r.Item).FirstOrDefault()
                ?? Part().Matches(description).LastOrDefault()?.Value ?? string.Empty;
            return $"{NumberOf(asked.Groups["n"].Value)}{UnitOf(asked.Groups["u"])}{item}";
        }

        // "给我补个盖子就行": the part alone, never the whole item the fault was recorded on ("保温杯盖子盖不严1个").
        if (PartAsked(compact) is { } part)
        {
            return $"{part}{PartOnlyNote}";
        }

        var known = recorded.Where(r => r.Item.Length > 0).Select(r => r.Count + r.Item).ToList();
        return known.Count > 0 ? string.Join('、', known) : null;
    }

    /// <summary>The pieces the record's faults name, each with its count or one ("碗碎裂1个、盘子缺口" → "1个碗", "1个盘子").</summary>
    private static List<string> PiecesNamed(string description)
    {
        var colon = description.IndexOf('：', StringComparison.Ordinal);
        var faults = description[(colon + 1)..].Split('；', '（')[0];
        return [.. faults.Split('、').Select(f => (Item: RecordedCounts().Match(f), Piece: PieceWord().Match(f)))
            .Where(f => f.Piece.Success)
            .Select(f => $"{(f.Item.Groups["count"].Success && f.Item.Groups["item"].Value == f.Piece.Value ? f.Item.Groups["count"].Value : "1个")}{f.Piece.Value}")
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>More faults than this are a rant, not a list a colleague can check.</summary>
    private const int MaxFaults = 4;

    /// <summary>
    /// "肩带开线了 两个包都是", "兩件都起球": the fault is on every piece of several, in a clause of its own, so the record
    /// says how many ("（两个都有）") and the colleague never handles one; empty when a fault already carries its count.
    /// </summary>
    private static string EveryPieceNote(string compact, List<string> phrases)
    {
        var every = EveryPiece().Match(compact);
        return !every.Success || phrases.Any(p => p.Any(char.IsAsciiDigit)) ? string.Empty
            : $"（{"零一两三四五六七八九"[NumberOf(every.Groups["n"].Value)]}{UnitOf(every.Groups["u"])}都有）";
    }

    /// <summary>Said after a part sent alone, so the colleague who reships never packs the whole item.</summary>
    private const string PartOnlyNote = "，只补这个配件，不是整件商品";

    private static int NumberOf(string digit) => digit == "俩" ? 2 : Count(digit);

    private static string UnitOf(Group unit) => unit.Success && unit.Value is "只" or "件" or "条" or "双" or "套" ? unit.Value : "个";

    // "两个盘子", "一个碗", "两个杯子有一个": the count before the piece, or the pieces that have the fault among them.
    [GeneratedRegex("(?<n>[一二两三四五六七八九俩1-9])(?<u>个|只|件|条|双|套)?(?<item>盘子|碟子|碗|杯子|保温杯|杯盖|盖子|勺子|筷子|枕套|被套|床单|袜子|浴巾)(?:[里中]?(?:有|其中)(?<k>[一二两三四五六七八九俩1-9])(?:个|只|件|条|双|套)?)?")]
    private static partial Regex CountedPieces();

    // "碎了俩", "裂了两个"; not "裂了一道缝" or "碎了一个角", which say how big the fault is, not how many pieces.
    [GeneratedRegex("^了?(?:(?<n>俩)|(?<n>[一二两三四五六七八九1-9])(?<u>个|只|件|条|双|套)(?![角口块边]))")]
    private static partial Regex CountAfter();

    [GeneratedRegex("(?<n>[一二两三四五六七八九俩1-9])(?<u>个|只|件|条|双|套)(?:都|也|全)?$")]
    private static partial Regex CountBefore();

    // "两个包都是", "三件都起球了", "俩都不亮"; not "两件都要换", "两个都不要了", "两件都收到了", which choose a remedy or tell no fault.
    [GeneratedRegex("(?:(?<n>俩)|(?<n>[两二三四五六七八九2-9])(?<u>个|只|件|条|双|套))[^都全也要，。]{0,6}?(?:都|全)(?!要|想|换|退|行|可以|好|没事|没问题|正常|收到|到了|发|寄|不要|不用|不想)")]
    private static partial Regex EveryPiece();

    [GeneratedRegex("^(?<term>[^0-9、]+?)(?<count>[0-9](?:个|只|件|条|双|套))$")]
    private static partial Regex BareCount();

    // "盘子碎裂2个": the piece, the fault and its count as the record holds them.
    [GeneratedRegex("(?<item>盘子|碟子|碗|杯子|保温杯|杯盖|盖子|勺子|筷子|枕套|被套|床单|袜子|浴巾)?[^0-9、；：（]*?(?<count>[0-9](?:个|只|件|条|双|套))")]
    private static partial Regex RecordedCounts();

    [GeneratedRegex("盘子|碟子|碗|杯子|保温杯|杯盖|盖子|勺子|筷子|枕套|被套|床单|袜子|浴巾")]
    private static partial Regex PieceWord();

    // "补发碎的那两个", "把坏的都补给我", "破了的那几个再发一下": the broken pieces, all of them.
    [GeneratedRegex("(?:补|补发|补寄|再发|再寄|重发)(?:给我)?(?:坏|碎|破|磕|裂)[了掉坏]*的(?:那)?(?:[两二三几俩2-3](?:个|只|件)|都|全部)?|(?:坏|碎|破|磕|裂)[了掉坏]*的(?:那)?(?:[两二三几俩2-3](?:个|只|件)|都|全部)(?:给我)?(?:补|补发|再发|重发)")]
    private static partial Regex BrokenOnesAsked();

    // "补俩给我", "补两个", "再发一个碗", "补发2个盘子": how many the buyer asks to be sent again; not "补一下", "再发一遍".
    [GeneratedRegex("(?:补|补发|补寄|再发|再寄|重发|寄)(?<n>[一二两三四五六七八九俩1-9])(?![下点些遍次])(?<u>个|只|件|条|双|套)?(?<item>盘子|碟子|碗|杯子|保温杯|杯盖|盖子|勺子|筷子|枕套|被套|床单|袜子|浴巾)?")]
    private static partial Regex ReshipCount();

    [GeneratedRegex("(?:补|补发|补寄|再发|再寄|重发|寄)(?:给我)?(?<pair>" + PieceAsked + ")(?:(?:和|跟|还有|加|再|、|，|,)?(?<pair>" + PieceAsked + "))+")]
    private static partial Regex ReshipPieces();

    private const string PieceAsked = "[一二两三四五六七八九俩1-9](?:个|只|件|条|双|套)?(?:盘子|碟子|碗|杯子|保温杯|杯盖|盖子|勺子|筷子|枕套|被套|床单|袜子|浴巾)";

    /// <summary>
    /// "不是16件吗 我数了好几遍只有15件", "套装写的12件 拆开就11件": a count of pieces the set should have and the smaller
    /// count that came, in digits; how many fewer, or null when the line sets no two such counts side by side.
    /// </summary>
    public static int? FewerCounted(string normalizedText)
    {
        var m = DigitShort().Match(CompactText.Of(normalizedText ?? string.Empty));
        return m.Success && int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) - int.Parse(m.Groups["got"].Value, System.Globalization.CultureInfo.InvariantCulture) is > 0 and < 10 and var fewer
            ? fewer : null;
    }

    [GeneratedRegex("(?<![0-9])(?<n>[1-9][0-9]?)(?<u>件|个|只|片|双|条|套|块)[^0-9]{0,16}?(?:只有|只收到|只到了?|就到了?|就来了|才到了?|才收到|才有|就有|才|就|只)(?<got>[0-9]{1,2})(?:件|个|只|片|双|条|套|块)")]
    private static partial Regex DigitShort();
}
