using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>Reads which listed order the buyer picked: "第2个", "二", the last digits of its number, or a word of its title.</summary>
public static partial class OrderChoice
{
    private const string Numerals = "一二三四五六七八九";

    /// <summary>"是的", "对 就那个", "嗯": a yes to the one order offered.</summary>
    public static bool Agrees(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return Yes().IsMatch(CompactText.Of(normalizedText));
    }

    public static Order? Pick(string normalizedText, IReadOnlyList<Order> choices)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        ArgumentNullException.ThrowIfNull(choices);
        var text = CompactText.Of(normalizedText);
        if (text.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        if (Digits().Match(text) is { Success: true } digits)
        {
            var byTail = choices.Where(o => o.OrderNumber.EndsWith(digits.Value, StringComparison.Ordinal)).ToList();
            if (byTail.Count == 1)
            {
                return byTail[0];
            }
        }

        if (Index(text) is { } index && index >= 1 && index <= choices.Count)
        {
            return choices[index - 1];
        }

        if (text.Contains("最后", StringComparison.Ordinal))
        {
            return choices[^1];
        }

        var byTitle = choices.Where(o => SharesWord(text, o.Title) is not null).ToList();
        // "浴巾 两条的那个 保温杯的能查到": of two goods named, the one said to be fine is the one not meant.
        if (byTitle.Count > 1)
        {
            var mentions = byTitle.Select(o => SharesWord(text, o.Title)!.Value).ToList();
            byTitle = byTitle.Where((_, i) => !SaidFine(text, mentions[i], mentions.Where(m => m > mentions[i]).DefaultIfEmpty(text.Length).Min())).ToList();
        }

        if (byTitle.Count == 1)
        {
            return byTitle[0];
        }

        // "没有单号那个", "完全查不到物流的": the shipped order whose tracking number is not there yet.
        return NoTracking().IsMatch(text) && choices.Where(o => o.Status == OrderStatus.Shipped && string.IsNullOrEmpty(o.TrackingNumber)).ToList() is { Count: 1 } untracked
            ? untracked[0]
            : null;
    }

    /// <summary>"不是这单，是另一单", "另外那个": the buyer means an order other than the one in play.</summary>
    public static bool MeansAnother(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return Another().IsMatch(CompactText.Of(normalizedText));
    }

    /// <summary>"第2个", "二", "前面那个" (1), "后面那个" (2): the place the buyer picked in a list, or null.</summary>
    public static int? Ordinal(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var text = CompactText.Of(normalizedText);
        return Index(text) ?? (text.StartsWith("前", StringComparison.Ordinal) ? 1 : text.StartsWith("后", StringComparison.Ordinal) ? 2 : null);
    }

    private static int? Index(string text)
    {
        var match = OrdinalWords().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var token = match.Groups["n"].Value;
        return char.IsAsciiDigit(token[0]) ? int.Parse(token, System.Globalization.CultureInfo.InvariantCulture) : Numerals.IndexOf(token[0], StringComparison.Ordinal) + 1;
    }

    // Two characters in a row of the title, and not the generic words every title has; letters and digits count only
    // as the whole run they stand in ("140", "xl"), so "14" inside a tax number is no towel of 70x140cm.
    // Where the first such pair starts, or null.
    private static int? SharesWord(string text, string title)
    {
        for (var i = 0; i + 2 <= text.Length; i++)
        {
            var word = text.Substring(i, 2);
            if (!Generic().IsMatch(word) && title.Contains(word, StringComparison.OrdinalIgnoreCase) && WholeRunIn(text, i, title))
            {
                return i;
            }
        }

        return null;
    }

    // The run of ASCII letters and digits the pair at this place belongs to is in the title as a whole.
    private static bool WholeRunIn(string text, int at, string title)
    {
        var inRun = char.IsAsciiLetterOrDigit(text[at]) ? at : char.IsAsciiLetterOrDigit(text[at + 1]) ? at + 1 : -1;
        if (inRun < 0)
        {
            return true;
        }

        var start = inRun;
        while (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        var end = inRun;
        while (end + 1 < text.Length && char.IsAsciiLetterOrDigit(text[end + 1]))
        {
            end++;
        }

        return title.Contains(text[start..(end + 1)], StringComparison.OrdinalIgnoreCase);
    }

    // "保温杯的能查到", "杯子那单没问题", "不是保温杯": the goods named at this place are set aside, up to the next stop
    // or the next goods named.
    private static bool SaidFine(string text, int mention, int nextMention)
    {
        var clause = Stop().Split(text[mention..nextMention])[0];
        var before = text[..mention];
        return Fine().IsMatch(clause) || before.EndsWith("不是", StringComparison.Ordinal) || before.EndsWith("除了", StringComparison.Ordinal);
    }

    // "另一个色", "另外一个码" name another colour or size of the same goods, not another order; "另一个没问题",
    // "另外一个是好的", "另外一件XL留着", "另一件不换" tell of the other piece in the parcel.
    [GeneratedRegex("另一(个|单|笔|件)(?!颜?色|尺?码|款|样|型号|规格|尺寸|[a-z0-9]|留|不[变换动]|[还倒]?(?:没|是好|好的|正常|完好|能用|可以用))|另外(一|那|的)(个|单|笔|件)(?!颜?色|尺?码|款|样|型号|规格|尺寸|[a-z0-9]|留|不[变换动]|[还倒]?(?:没|是好|好的|正常|完好|能用|可以用))|另外那(个|单|笔|件)?$|别的(那)?(单|订单|笔)|其[他它](那|的)(个|单|笔)")]
    private static partial Regex Another();

    [GeneratedRegex("(?<![不没])(?:能查|查得到|查的到|有物流|有单号|有运单号|没问题|没事|正常|好的|收到了|到了)")]
    private static partial Regex Fine();

    [GeneratedRegex("(?:没有?|无|查不到|看不到|不显示)(?:运单号|单号|物流|快递单号|tracking)|(?:单号|物流|tracking)(?:都|也|啥都|什么都|完全)?(?:没有?|查不到|看不到|不显示)")]
    private static partial Regex NoTracking();

    [GeneratedRegex("[,.!?;，。！？；、]")]
    private static partial Regex Stop();

    [GeneratedRegex("[0-9]{4,}")]
    private static partial Regex Digits();

    [GeneratedRegex("^(第)?(?<n>[1-9]|[一二三四五六七八九])(个|笔|单|件|条)?(订单|吧|的|啊|呀)?$|^第(?<n>[1-9]|[一二三四五六七八九])")]
    private static partial Regex OrdinalWords();

    [GeneratedRegex("订单|这个|那个|一个|第一|第二|第三|就是|我要|的那|那笔|这笔|新款|正品|包邮")]
    private static partial Regex Generic();

    [GeneratedRegex("^(?:是|是的|是啊|对|对的|对啊|对呀|嗯|嗯嗯|恩|好|好的|行|没错|就是|就是它|就它|就那个|就这个|是那个|是这个|ok|yes)(?:的|呀|啊|吧|哦|呢|那个|那单|这单)?[,.!?。！？~～]*$")]
    private static partial Regex Yes();
}
