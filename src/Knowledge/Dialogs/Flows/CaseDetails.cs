using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// What a buyer adds after an after-sales case was recorded that the colleague deciding it needs: how the goods were
/// washed ("按洗标冷水洗的 没烘干") and by when they are needed ("下礼拜家里来人要用 快点"), in the shop's own short
/// words so the record never carries the buyer's sentence.
/// </summary>
public static partial class CaseDetails
{
    /// <summary>The notes this line gives ("买家说按洗标洗、冷水洗、没烘干", "买家急用（下周要用）"); empty when none.</summary>
    public static IReadOnlyList<string> Of(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        var notes = new List<string>();
        var washed = Washing().Matches(compactText).Select(m => WashTerm(m.Value)).Distinct(StringComparer.Ordinal).ToList();
        if (washed.Count > 0)
        {
            notes.Add($"买家说{string.Join('、', washed)}");
        }

        if (Needed().IsMatch(compactText))
        {
            notes.Add(NeededDay().Match(compactText) is { Success: true } day ? $"买家急用（{DayTerm(day.Value)}要用）" : "买家急用，希望尽快");
        }

        return notes;
    }

    /// <summary>The notes not yet in <paramref name="description"/>, joined for the record ("；买家说冷水洗"), or null.</summary>
    public static string? NewIn(string compactText, string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var fresh = Of(compactText).Where(n => !description.Contains(n, StringComparison.Ordinal)).ToList();
        return fresh.Count == 0 ? null : "；" + string.Join('；', fresh);
    }

    /// <summary>True when the line tells by when the goods are needed (the answer then says so).</summary>
    public static bool TellsNeed(string compactText) => Needed().IsMatch(compactText ?? string.Empty);

    private static string WashTerm(string said) => said switch
    {
        _ when said.StartsWith('按') => "按洗标洗",
        _ when said.Contains("冷水", StringComparison.Ordinal) => "冷水洗",
        _ when said.Contains("温水", StringComparison.Ordinal) => "温水洗",
        _ when said.Contains("手洗", StringComparison.Ordinal) => "手洗",
        _ when said.Contains("机洗", StringComparison.Ordinal) => "机洗",
        _ when said.Contains("烘", StringComparison.Ordinal) => "没烘干",
        _ when said.Contains("晒", StringComparison.Ordinal) => "没暴晒",
        _ => "只洗过一次",
    };

    private static string DayTerm(string said) => said.Replace("礼拜", "周", StringComparison.Ordinal).Replace("星期", "周", StringComparison.Ordinal);

    // "按洗标冷水洗的", "按标签洗的", "冷水手洗", "没烘干", "没用烘干机", "只洗了一次".
    [GeneratedRegex("按(?:照)?(?:洗标|水洗标|标签|吊牌|说明)(?:上的?|说的|要求)?|冷水|温水|手洗|机洗|没(?:有)?(?:烘干|烘|用烘干机|进烘干机|暴晒|晒)|只洗了?(?:一次|一水|1次)")]
    private static partial Regex Washing();

    // "下礼拜家里来人要用", "周末要用 快点", "急用", "着急用", "等着用".
    [GeneratedRegex("急用|急着用|着急用|等着用|赶着用|来人要用|来客人|(?:下(?:礼拜|星期|周)|这周|周末|明天|后天|月底|过年|[0-9]{1,2}(?:号|日))[^,，。!！?？]{0,8}(?:要用|用|来人|搬家|办事)")]
    private static partial Regex Needed();

    [GeneratedRegex("下(?:礼拜|星期|周)[一二三四五六日天]?|这周[一二三四五六日天末]?|周末|明天|后天|月底|过年|[0-9]{1,2}(?:号|日)")]
    private static partial Regex NeededDay();
}
