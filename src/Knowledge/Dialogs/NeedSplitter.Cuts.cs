using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>Where a message may be cut into needs: after a connector, at a pause, or where a request runs on.</summary>
public sealed partial class NeedSplitter
{
    /// <summary>Where the message may be cut, connectors first: each cut's two sides, and whether a connector joined them.</summary>
    public static IReadOnlyList<NeedCut> Cuts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cuts = new List<NeedCut>();
        foreach (Match m in Connector().Matches(text))
        {
            Add(cuts, text[..m.Index], text[(m.Index + m.Length)..], joined: true);
        }

        foreach (Match m in Boundary().Matches(text))
        {
            Add(cuts, text[..m.Index], text[(m.Index + m.Length)..], joined: false);
        }

        foreach (Match m in RunOn().Matches(text))
        {
            Add(cuts, text[..m.Index], text[m.Index..], joined: true, runOn: true);
        }

        return cuts;
    }

    private static void Add(List<NeedCut> cuts, string first, string second, bool joined, bool runOn = false)
    {
        first = first.Trim(Trimmed);
        second = second.Trim(Trimmed);
        if (first.Length >= 2 && second.Length >= 2 && !cuts.Any(c => c.First == first))
        {
            cuts.Add(new NeedCut(first, second, joined, runOn));
        }
    }

    private static readonly char[] Trimmed = [' ', '\t', ',', '，', '.', '。', ';', '；', '!', '！', '?', '？', '、', '~', '～'];

    /// <summary>另外, 顺便, 对了, 此外 anywhere; 还有, 以及, 然后, 而且, 再就是 only where a clause begins ("还有多久到" is one need).</summary>
    [GeneratedRegex("(?:另外|顺便|順便|顺带|順帶|对了|對了|此外)(?![一那的]?[个個单單笔筆件])(?:再|也|还|還)?|(?<=^|[\\s,，.。;；!！?？、])(?:还有|還有|以及|再就是|再有就是|再一个|再一個|然后|然後|而且|并且|並且|同时|同時|还想|還想|and|also)(?:就是)?", RegexOptions.IgnoreCase)]
    private static partial Regex Connector();

    /// <summary>
    /// A request begun straight after another with no pause ("…还没发货我要改地址", "…到哪了帮我开个发票"); never right
    /// after the part it is about ("收件人帮我改成…", "电话麻烦换成…").
    /// </summary>
    [GeneratedRegex("(?<=[^\\s,，.。;；!！?？、]{3})(?<!收件人|收货人|联系人|地址|电话|電話|手机号?|手機號?|号码|號碼|名字|姓名)(?=我要|我想|帮我|幫我|麻烦|麻煩|给我开|給我開)")]
    private static partial Regex RunOn();

    [GeneratedRegex("[\\s,，.。;；!！?？]+")]
    private static partial Regex Boundary();

    [GeneratedRegex("^\\s*\\p{IsCJKUnifiedIdeographs}{1,8}(?:都|已经|已經|早就|倒是)(?:发|發|寄|到|收到|发货|發貨)了[\\s，,。！!]*$")]
    private static partial Regex CameAlready();
}
