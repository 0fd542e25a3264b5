using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "你们怎么回事", "搞什么啊", "什么情况？？": displeasure that names no problem, order or topic. Answering it from the
/// nearest policy or a list of flows misses the point; the buyer is asked, in plain words, what happened.
/// </summary>
public static partial class VagueLine
{
    public static bool Is(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var text = CompactText.Of(normalizedText);
        return text.Length is > 0 and <= 20 && Displeasure().IsMatch(text) && Filler().Replace(Displeasure().Replace(text, string.Empty), string.Empty).Length == 0;
    }

    [GeneratedRegex("怎么回事|咋回事|什么情况|啥情况|搞什么|搞啥|怎么搞的|咋搞的|什么意思|啥意思|有没有搞错|怎么这样|咋这样|怎么办事的|怎么做事的")]
    private static partial Regex Displeasure();

    [GeneratedRegex("你们|你|这|这个|这是|到底|究竟|又|还|店|家|啊|呀|啦|吧|呢|吗|嘛|哦|喂|了|的|么|？|\\?|!|！|。|，|,|~|…|\\.")]
    private static partial Regex Filler();
}
