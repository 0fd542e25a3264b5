using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Faults the buyer rules out ("袋子没破", "不是色差", "外包装没有破损", "也没少", "又不是我弄坏的"): taken out of the text before the problem
/// is read, so the record names what is wrong and never what the buyer said is fine. Words that are faults in their
/// own right although they hold a 没 ("没反应", "没声音", "没电") are left alone, since only a fault word after the
/// negation is taken out. A fault only supposed ("用不了的话能换吗", "万一坏了的话") or feared ("我怕烫坏了", "会不会漏",
/// "担心洗了变形") is no fault told either.
/// </summary>
public static partial class DeniedFaults
{
    /// <summary>The text without the faults it denies.</summary>
    public static string Without(string text) => Feared().Replace(Supposed().Replace(Denied().Replace(text ?? string.Empty, " "), " "), " ");

    [GeneratedRegex("(?:并没有?|也没有?|都没有?|没有?|并不是|也不是|不是|并非)(?:什么|任何|啥|一点)?(?:我|我们|我自己|自己|人为)?(?:被)?(?:压|摔|磕|弄|刮|划|碰)?(?:破损?|坏|碎|裂|漏|洞|脏|色差|掉色|褪色|起球|划痕|刮花|变形|瑕疵|污渍|异味|少|缺|发错|寄错|(?:质量(?:上的)?)?(?:问题|毛病))(?:了|的|掉|开)?")]
    private static partial Regex Denied();

    // "用不了的话", "要是坏了的话", "有质量问题的话": the fault word right before 的话, what comes before it left alone.
    [GeneratedRegex("(?:如果|要是|万一|假如|假设|真)?(?:有质量问题|有问题|出问题|出了问题|用不了|用不上|不能用|没法用|坏掉?了?|碎了?|裂了?|破了?|漏水?了?|不亮了?)的话")]
    private static partial Regex Supposed();

    // "能装开水吗 我怕烫坏了", "会不会漏水", "担心洗了变形": a fault feared, before it happened. "怕是坏了" (probably broken) is told.
    [GeneratedRegex("(?:怕(?!是)|担心|害怕|生怕|会不会|会不会被)[^，。,.!?！？ ]{0,6}?(?:坏|裂|碎|破|变形|漏|爆)(?:掉|了|开|水)*")]
    private static partial Regex Feared();
}
