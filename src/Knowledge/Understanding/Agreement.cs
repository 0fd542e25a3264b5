using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// The buyer says yes: "行", "好的呀", "可以可以", "嗯嗯 没问题". One word list for every place that waits for a yes (an
/// offer to take, a title to confirm, a record to confirm, a question a flow asked), read on the compact text.
/// </summary>
internal static partial class Agreement
{
    /// <summary>The whole message is a yes, in one or more words: "好的", "可以的~", "嗯嗯 行", "对的", "收到".</summary>
    public static bool IsBare(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return Bare().IsMatch(compact);
    }

    /// <summary>
    /// The message opens with a consent ("行，补偿几块就行", "可以 就这样吧") and turns nothing down after it ("好 但是不够");
    /// a word that only acknowledges ("收到的是坏的", "对了还有") opens no consent.
    /// </summary>
    public static bool Leads(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return Leading().IsMatch(compact);
    }

    // Words that consent, whole or at the head of a longer message.
    private const string Consenting = "可以|行|好的?|好吧|好滴|好嘞|好哒|嗯+|恩+|ok|okay|没问题|接受|同意|就这样";

    // "就这个", "就写他": what was offered picked, only as the whole message ("就这么点？" turns an offer down).
    private const string Picking = "就(?:写|开)?(?:这个|ta|他|她|这)";

    // Words that say yes only as the whole message: "收到的是坏的" or "对了" followed by more are no consent.
    private const string Acknowledging = "确定|确认|对的?|是的?|没错|知道了|收到|明白了?|了解";

    [GeneratedRegex("^(?:那?(?:" + Consenting + "|" + Picking + "|" + Acknowledging + ")(?:的|了|啊|呀|哈|吧|哦|噢|呢)*[,.!。！，~～]*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex Bare();

    [GeneratedRegex("^那?(?:" + Consenting + ")(?!.*(?:不行|不够|太少|不接受|不同意))", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();
}
