using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>Reads the <see cref="QualityProblem"/> from normalised text, and how the case describes it to the agent.</summary>
public static partial class QualityProblems
{
    /// <summary>The problem named, or null when the text names none.</summary>
    public static QualityProblem? Of(string normalizedText)
    {
        var compact = normalizedText.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact switch
        {
            _ when Missing().IsMatch(compact) => QualityProblem.Missing,
            _ when WrongItem().IsMatch(compact) => QualityProblem.WrongItem,
            _ when NotWorking().IsMatch(compact) => QualityProblem.NotWorking,
            _ when Damaged().IsMatch(compact) => QualityProblem.Damaged,
            _ when Defect().IsMatch(compact) => QualityProblem.Defect,
            _ => null,
        };
    }

    /// <summary>True when the text names a problem with the goods, even vaguely ("东西有问题").</summary>
    public static bool NamesAProblem(string normalizedText) =>
        Of(normalizedText) is not null || Vague().IsMatch(normalizedText.Replace(" ", string.Empty, StringComparison.Ordinal));

    public static string Label(QualityProblem problem) => problem switch
    {
        QualityProblem.Damaged => "破损",
        QualityProblem.Missing => "少发或缺件",
        QualityProblem.WrongItem => "发错商品、颜色或尺码",
        QualityProblem.NotWorking => "无法正常使用",
        _ => "质量问题",
    };

    /// <summary>True when the buyer already has the parcel open, so refusing delivery is no longer a choice.</summary>
    public static bool AlreadyOpened(string normalizedText) => Opened().IsMatch(normalizedText.Replace(" ", string.Empty, StringComparison.Ordinal));

    [GeneratedRegex("有问题|出问题|有毛病|不好用|质量问题")]
    private static partial Regex Vague();

    [GeneratedRegex("少发|漏发|少了|少一|缺了|缺少|缺件|缺配件|没有配件|配件没|只有[一二两三四1-4](个|件|只|双|条)|只收到[一二两三四1-4]")]
    private static partial Regex Missing();

    [GeneratedRegex("发错|寄错|错发|不是我(买|拍|要)的|颜色不对|尺码不对|尺寸不对|型号不对|款式不对|规格不对|和图片不一样|跟图片不一样|货不对板|与描述不符|颜色错|码数不对")]
    private static partial Regex WrongItem();

    [GeneratedRegex("不开机|开不了机|开不机|打不开|不亮|不通电|没反应|连不上|连接不上|无法连接|配对不上|充不进|充不上电|不充电|不转|不响|没声音|不制热|不制冷|死机|用不了|不能用|坏的")]
    private static partial Regex NotWorking();

    [GeneratedRegex("破|碎|裂|缺口|掉瓷|磕|压坏|压扁|摔坏|断了|断掉|折断|凹|变形|划痕|刮花|坏了|烂了|漏|鼓包|开胶|脱胶")]
    private static partial Regex Damaged();

    [GeneratedRegex("瑕疵|质量差|质量不好|质量太差|脏|污|掉色|褪色|色差|起球|开线|脱线|异味|臭|发霉|过期|变质|线头|锈|掉毛|毛糙|做工|破洞|有洞|霉点|斑点|虫")]
    private static partial Regex Defect();

    [GeneratedRegex("(?<!没|未|没有)(收到|拆开|打开|拆了|开箱|拿到|用了)|(?<!没|未|没有)签收了")]
    private static partial Regex Opened();
}
