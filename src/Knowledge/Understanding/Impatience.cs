using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// A buyer pushing back on the answer they just got ("到哪了！！", "说了几遍了", "别复制粘贴"; a bare 到底 is only emphasis): the same content again,
/// however reworded, would not help them.
/// </summary>
public static partial class Impatience
{
    /// <summary>
    /// True when the message pushes back: pass the raw text for its punctuation ("！！" the folding squeezes) and the folded
    /// text for its words (說了幾遍 → 说了几遍).
    /// </summary>
    public static bool Shows(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PushesBack().IsMatch(text);
    }

    [GeneratedRegex("[!！]{2,}|[?？]{2,}|[?？][!！]|[!！][?？]|怎么还是|又是这|说了(?:多少|几|好几|[0-9一二三两])(?:遍|次)|问了(?:多少|几|好几|[0-9一二三两])(?:遍|次)|(?:别|不要)(?:再)?(?:复制|粘贴|重复|套话|机械)|复读机?|答非所问|听不懂人话|废话|敷衍")]
    private static partial Regex PushesBack();
}
