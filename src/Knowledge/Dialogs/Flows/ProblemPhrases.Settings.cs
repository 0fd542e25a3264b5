using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// A lamp's settings as the record names them: "最亮档不亮" for "最亮那档不亮 另外两档可以", "最亮档闪烁" for "最亮那一档一开就一闪一闪的",
/// "调光只有两档" for "三档调光只有两档亮" (never for "只有一个档", a setting not found yet), "只能最亮" for "只剩最亮那档". The setting that fails is what a repairer needs, never
/// a whole lamp said dark.
/// </summary>
public static partial class ProblemPhrases
{
    private static string? SettingPhrase(string clause)
    {
        if (SettingFault().Match(clause) is { Success: true } setting)
        {
            return $"最{setting.Groups["level"].Value}档{SettingFaultTerm(setting.Groups["fault"].Value)}";
        }

        if (FewerSettings().Match(clause) is { Success: true } fewer)
        {
            return $"调光只有{fewer.Groups["n"].Value}档";
        }

        return StuckSetting().Match(clause) is { Success: true } stuck ? "只能最" + stuck.Groups["level"].Value : null;
    }

    private static string SettingFaultTerm(string fault) => fault switch
    {
        "不亮" or "亮不了" or "不亮了" => "不亮",
        "闪" => "闪烁",
        _ => "失灵",
    };

    [GeneratedRegex("最(?<level>亮|暗|高|低|大|小)的?(?:那)?(?:一)?(?:个)?(?:档|挡)位?[^，,。 ]{0,5}?(?<fault>不亮了?|亮不了|不行|没反应|失灵|不好使|闪)")]
    private static partial Regex SettingFault();

    // Two settings of a three-setting dimmer; "只有一个档" is more often a buyer who has not found the others yet.
    [GeneratedRegex("(?:只有|只能调|只能开|只剩下?|就)(?<n>两|二|2)(?:个)?(?:档|挡)")]
    private static partial Regex FewerSettings();

    [GeneratedRegex("(?:只剩下?|只有|只能(?:调到|开到|在)?|一直(?:是|在|都是)?|总是|停在|卡在)(?:那个|那档)?最(?<level>亮|暗|大|小|高|低)")]
    private static partial Regex StuckSetting();
}
