using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "台灯灯杆跟底座怎么接啊 拧了半天拧不上", "支架和底座怎么装 插不进去": how to put the goods together, asked with the
/// part that will not go on; instructions help (what to check, the manual, a colleague guiding), never a fault for a
/// repair. A part said to be broken beside it ("螺丝滑丝了 拧不上", "底座裂了") is a fault after all.
/// </summary>
public static partial class AssemblyQuestion
{
    public static bool Asks(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText ?? string.Empty);
        return (HowTo().IsMatch(compact) || PartsJoined().IsMatch(compact)) && !Fault().IsMatch(compact);
    }

    // "杯盖怎么拧都拧不上" says no matter how: a lid that will not close, not a question.
    [GeneratedRegex("(?:怎么|如何|咋|怎样|怎么样)(?:才能|才)?(?:接|装|安装|组装|拼|拧|插|连|固定|对上|套)(?!都|也|不|货|运费|邮费|开水|热水|水)")]
    private static partial Regex HowTo();

    [GeneratedRegex("(?:灯杆|杆子|底座|灯座|支架|架子|底盘|灯头|灯罩|配件|零件)[^,，。;；!！?？]{0,8}(?:拧|插|装|接|套|卡|对)(?:了半天|半天|了好久|了)?(?:也|都|还是)?不(?:上|进|到一起)")]
    private static partial Regex PartsJoined();

    [GeneratedRegex("不亮|闪|坏|碎|裂|断|破|漏电|变形|滑丝|没反应|不通电|发烫|冒烟|焦|缺|少了|没有(?:螺丝|配件|零件)")]
    private static partial Regex Fault();
}
