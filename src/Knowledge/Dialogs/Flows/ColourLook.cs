using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "跟图片颜色差好多 米色看着发黄", "颜色比照片深", "有色差", "颜色和详情页不一样": the colour of the goods looks other than the
/// listing's pictures. That is the look, no fault of the goods: a return for it is the no-reason one at the buyer's
/// postage, and only a colleague who has seen a photo may judge it otherwise. A colour sent other than the one ordered
/// ("要的米色 发来黄色") is no look but a wrong item, and is read elsewhere.
/// </summary>
public static partial class ColourLook
{
    private const string Picture = "(?:图片|图|照片|实拍|描述|详情页?|主图|商品页|宝贝页|模特图?)";
    private const string Shade = "(?:深|浅|黄|暗|亮|灰|淡|艳|白|红|黑|绿|蓝|粉|旧)";

    /// <summary>True when the line says the colour looks other than the listing's pictures.</summary>
    /// <remarks>"两只枕套颜色不一样" compares the pieces with each other, which may be a fault, not with the pictures.</remarks>
    public static bool Says(string compactText)
    {
        var text = compactText ?? string.Empty;
        return Look().IsMatch(text) || (Unlike().IsMatch(text) && !Pieces().IsMatch(text));
    }

    /// <summary>"差好多", "完全不一样": the look is said to be far off, which a photo may show, whatever the buyer's taste.</summary>
    public static bool FarOff(string compactText) => Far().IsMatch(compactText ?? string.Empty);

    /// <summary>The line without what it says of the colour's look, so what is left shows whether a fault is named beside it.</summary>
    public static string Without(string compactText)
    {
        var text = compactText ?? string.Empty;
        return Says(text) ? Hue().Replace(Unlike().Replace(Look().Replace(text, " "), " "), " ") : text;
    }

    [GeneratedRegex("色差|颜色[^，,。；;！!？?]{0,4}(?:跟|和|与|比)" + Picture + "[^，,。；;！!？?]{0,6}(?:不太?一样|不符|不同|差|有出入|有区别|" + Shade + ")"
        + "|(?:跟|和|与)" + Picture + "(?:上|里)?(?:的)?(?:颜色|色)[^，,。；;！!？?]{0,3}(?:不太?一样|不符|不同|差|有出入|有区别)"
        + "|比" + Picture + "(?:上|里)?(?:的)?(?:颜色)?(?:看着|看起来|要|还|更|稍微|略)?(?:有点|有些|一点)?(?:偏)?" + Shade + "(?:一点|一些|点|些|很多|好多|不少)?")]
    private static partial Regex Look();

    [GeneratedRegex("差(?:好多|很多|太多|得多|挺多|老多|别.{0,2}大|距.{0,2}大)|严重|完全不(?:一样|同)")]
    private static partial Regex Far();

    [GeneratedRegex("颜色(?:不太?一样|看着不太?对)")]
    private static partial Regex Unlike();

    [GeneratedRegex("[两俩二三几2-5](?:只|个|件|条|双|套|块)|每(?:只|个|件|条|双|套)")]
    private static partial Regex Pieces();

    /// <summary>"米色看着发黄", "颜色偏暗": the hue the buyer sees, said beside the look.</summary>
    [GeneratedRegex("(?:看着|看起来|显得|有点|有些)*(?:发|偏)" + Shade + "(?:一点|一些|点|些)?")]
    private static partial Regex Hue();
}
