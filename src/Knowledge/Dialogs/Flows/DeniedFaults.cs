using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Faults the buyer rules out ("袋子没破", "不是色差", "外包装没有破损", "也没少", "又不是我弄坏的"): taken out of the text before the problem
/// is read, so the record names what is wrong and never what the buyer said is fine. Words that are faults in their
/// own right although they hold a 没 ("没反应", "没声音", "没电") are left alone, since only a fault word after the
/// negation is taken out.
/// </summary>
public static partial class DeniedFaults
{
    /// <summary>The text without the faults it denies.</summary>
    public static string Without(string text) => Denied().Replace(text ?? string.Empty, " ");

    [GeneratedRegex("(?:并没有?|也没有?|都没有?|没有?|并不是|也不是|不是|并非)(?:什么|任何|啥|一点)?(?:我|我们|我自己|自己|人为)?(?:被)?(?:压|摔|磕|弄|刮|划|碰)?(?:破损?|坏|碎|裂|漏|洞|脏|色差|掉色|褪色|起球|划痕|刮花|变形|瑕疵|污渍|异味|少|缺|发错|寄错|(?:质量(?:上的)?)?(?:问题|毛病))(?:了|的|掉|开)?")]
    private static partial Regex Denied();
}
