using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Fewer pieces of an order that has not shipped: "4包取消2包 其余照发", "四包退两包", "少发一件", "多买了一个 退掉一个",
/// "现在只要两条", "其实2份就够了", "只发2份". <see cref="Cut"/> is how many pieces to drop, <see cref="Keep"/> how many to keep (whichever the
/// buyer said); the flow works out the other from the order's quantity. "少发了一件" (goods already short) is a missing
/// item, never a wish.
/// </summary>
public sealed partial record QuantityCut(int? Cut, int? Keep, string Unit)
{
    public static QuantityCut? Read(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        if (Received().IsMatch(compactText))
        {
            return null;
        }

        // "要是只要两条的话能便宜吗", "不要只发一个": a count asked about, supposed or denied cuts nothing.
        var guard = ClauseGuard.Of(compactText);

        // "要3包 退一包的钱", "改成3包吧 退一包就行", "留3包 多的那包退了": the pieces kept are named first and the refund of
        // the rest after; the kept count rules, never the refunded one read as what to ship.
        if (guard.ActingMatch(KeepThenDrop()) is { } keepFirst)
        {
            return new QuantityCut(null, Number(keepFirst, "keep"), UnitOf(keepFirst));
        }

        if (guard.ActingMatch(TotalThenCut()) is { } split)
        {
            return new QuantityCut(Number(split, "cut"), null, UnitOf(split));
        }

        if (guard.ActingMatch(ShipFewer()) is { } fewer)
        {
            return new QuantityCut(Number(fewer, "cut"), null, UnitOf(fewer));
        }

        // "多买了一个 退掉一个", "拍多了 只要两条": how many is whatever the buyer said; "拍多了 不要了" with no count is
        // the whole order's refund, never a cut.
        if (guard.ActingMatch(BoughtTooMany()) is { } many)
        {
            var rest = compactText[(many.Index + many.Length)..];
            return DropCount().Match(rest) is { Success: true } drop ? new QuantityCut(Number(drop, "cut"), null, UnitOf(drop))
                : OnlyKeep().Match(rest) is { Success: true } kept ? new QuantityCut(null, Number(kept, "keep"), UnitOf(kept))
                : Number(many, "cut") is { } extra ? new QuantityCut(extra, null, UnitOf(many))
                : null;
        }

        if (guard.ActingMatch(OnlyKeep()) is { } keep)
        {
            return new QuantityCut(null, Number(keep, "keep"), UnitOf(keep));
        }

        // "取消两包 其余照发": dropping some is a cut only when the rest is to ship.
        return RestShips().IsMatch(compactText) && guard.ActingMatch(DropCount()) is { } dropped
            ? new QuantityCut(Number(dropped, "cut"), null, UnitOf(dropped))
            : null;
    }

    /// <summary>How many pieces stay once the cut is made from <paramref name="ordered"/>.</summary>
    public int Kept(int ordered) => Keep ?? ordered - (Cut ?? 0);

    private static int? Number(Match match, string group) =>
        match.Groups[group] is { Success: true, Length: > 0 } value ? DateMentions.Number(value.Value) : null;

    private static string UnitOf(Match match) => match.Groups["u"] is { Success: true, Length: > 0 } unit ? unit.Value : "件";

    private const string Count = "[0-9]{1,2}|[一二两三四五六七八九十]{1,2}";

    private const string Units = "件|个|套|双|条|只|盒|份|包|瓶|袋|支|对|张|本|台|把|箱|罐";

    // "我就要一个确切的发货时间", "只要一个说法": the count is of an answer the buyer wants, never of the goods.
    private const string NoGoods = "(?![^，,。!！?？]{0,6}?(?:说法|交代|答复|回复|解释|准话|准信|时间|日期|结果|理由|态度|办法|方案|保证|承诺|道歉|回应|电话))";

    // "到了我把多的那个寄回去": goods sent back are goods in hand, a return of some, never a cut before shipping.
    [GeneratedRegex("收到|到货|到手|签收|拆开|发错|寄错|漏发|少发了|少寄了|少了一|质量|坏了|破了|寄.{0,4}回")]
    private static partial Regex Received();

    [GeneratedRegex("(?:" + Count + ")(?:" + Units + ")(?:里|中|里面|当中)?(?:面)?(?:只)?(?:想|要|能|可以)?(?:退|取消|不要|减|去掉|砍)(?:掉)?(?<cut>" + Count + ")(?<u>" + Units + ")")]
    private static partial Regex TotalThenCut();

    [GeneratedRegex("(?:改成|改为|换成|只要|就要|还是要|要|只留|留下|留|只发|就发)(?<keep>" + Count + ")(?<u>" + Units + ")" + NoGoods + "(?:吧|啊|呀|就行|就好|就够了?|的话)?[，,。!！~～]?"
        + "(?:(?:把|那)?(?:退|取消|不要|去掉|减)(?:掉)?(?:给?我)?(?:其中)?(?<cut>" + Count + ")(?:" + Units + ")"
        + "|(?:把|那)?(?:多的|多出来的|多出的|剩下的|剩下|另外的?|其余的?|其他的?)(?:那|这)?(?:(?<cut>" + Count + ")?(?:" + Units + "))?(?:的钱)?(?:就|给我)?(?:退|取消|不要|去掉))")]
    private static partial Regex KeepThenDrop();

    [GeneratedRegex("少(?:发|寄|要)(?!了)(?<cut>" + Count + ")(?<u>" + Units + ")")]
    private static partial Regex ShipFewer();

    [GeneratedRegex("(?:多|重复)(?:买|拍|下|订)了(?<cut>" + Count + ")?(?<u>" + Units + ")?|(?:买|拍|下|订)多了")]
    private static partial Regex BoughtTooMany();

    [GeneratedRegex("(?:退|取消|不要|减|去掉|砍)(?:掉)?(?:给?我)?(?:其中)?(?<cut>" + Count + ")(?<u>" + Units + ")")]
    private static partial Regex DropCount();

    // "只要两条", "只发2份", "你们就发两份" (never "只发了两件", a piece missing), "其实2份就够了", "2条照发就行", "发两条就行",
    // "本来想拍2包的", "原本只打算买两条".
    [GeneratedRegex("(?:只要|只需要|就要|只留|留|只发|只寄|就发)(?<keep>" + Count + ")(?<u>" + Units + ")(?!的钱|新)" + NoGoods + "|(?<keep>" + Count + ")(?<u>" + Units + ")(?:就|也就)(?:够了|够用|够|行|好|可以)"
        + "|(?<keep>" + Count + ")(?<u>" + Units + ")(?:照常|照|正常|继续)(?:发|寄)|(?<![补重换再])(?:发|寄)(?<keep>" + Count + ")(?<u>" + Units + ")就(?:行|好|可以|够)"
        + "|(?:本来|原本|本想|其实)(?:就|只)?(?:想|打算|准备|是想)?(?:要|拍|买|下|订)(?<keep>" + Count + ")(?<u>" + Units + ")")]
    private static partial Regex OnlyKeep();

    [GeneratedRegex("(?:其余|其他|其它|剩下|剩余|别的|另外)的?.{0,3}(?:照常|照|正常|继续|还是)?(?:发|寄)")]
    private static partial Regex RestShips();
}
