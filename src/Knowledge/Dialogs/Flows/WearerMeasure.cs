using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "他就170", "我家孩子125了", "一米七五", "身高175cm", "120斤", "60kg": a height or a weight of the one who wears the goods,
/// a fact about that person and never a size to change an order to ("130的" alone is the size of a child's coat).
/// </summary>
public static partial class WearerMeasure
{
    /// <summary>The compact text names a height or a weight of someone.</summary>
    public static bool Tells(string compactText) => Measure().IsMatch(compactText ?? string.Empty);

    /// <summary>The compact text with every height and weight cut out, so a size read from the rest is one the buyer wants.</summary>
    public static string Without(string compactText) => Measure().Replace(compactText ?? string.Empty, "，");

    // 身高/体重/个子 with or without its number, or after a person ("他就170", "孩子125了", "我弟175"), a height in 米 ("一米七", "1米75",
    // "1.75m", never the bed of "1.8m" or "一米八的床") or a weight ("120斤", "60kg"). "我要130的", "孩子穿130", "我是130的" name a size instead.
    [GeneratedRegex(
        "(?:身高|体重|个子|个头)(?:是|有|大概|差不多|才|就|快|已经)*(?:[0-9]{2,3}(?:\\.[0-9])?(?:cm|厘米|公分|斤|公斤|kg)?|(?:一|1)米[一二三四五六七八九0-9]{0,2})?" +
        "|(?:他|她|我|弟弟?|哥哥?|姐姐?|妹妹?|爸爸?|妈妈?|老公|老婆|孩子|儿子|女儿|闺女|娃|宝宝|宝贝|小孩|侄子|侄女|外甥女?)(?:家的?)?(?:现在|已经|都|就|才|有|大概|差不多|是|快|刚|长到)*(?:1[0-9]{2}|[89][0-9])(?:cm|厘米|公分)?(?![0-9]|码|号|块|元|的|件|双|个|条|斤|公斤|kg|cm|厘米|公分)" +
        "|(?:一|1)米[一二三四五六七八九0-9]{1,2}(?![一二三四五六七八九0-9]|的?床)|(?<![0-9])1\\.[4-9][0-9](?:米|m)(?![0-9a-z]|的?床)" +
        "|(?<![0-9.])[0-9]{2,3}(?:斤|公斤|kg)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Measure();
}
