using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>What a change does not touch: "红色不变", "尺码不变", "其他照旧" stay as bought.</summary>
public static partial class OrderChanges
{
    /// <summary>"颜色还是红的", "红色不变 就换个码", "尺码不变", "其他不用改": what the change does not touch stays as bought.</summary>
    public static bool KeepsTheRest(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var text = Compact(normalizedText);
        return text.Length <= 12 && RestKept().IsMatch(text);
    }

    /// <summary>"红色不变", "其他照旧": a part of the order named as staying, alone or after the value changed ("换130红色不变").</summary>
    private const string KeptPart = "(?:颜色|尺码|码数|款式|规格|数量|其他|其它|别的|其余|(?:雾霾灰|香槟|浅蓝|深蓝|藏青|酒红|米白|奶白|浅灰|深灰|卡其|咖啡|红|白|黑|灰|蓝|粉|绿|黄|紫|米|棕|橙)色?)(?:的)?(?:还是|不变|不用(?:改|换|动)|不改|照旧|一样|没变)";

    [GeneratedRegex("^" + KeptPart + "(?!原来)")]
    private static partial Regex RestKept();

    [GeneratedRegex(KeptPart)]
    private static partial Regex KeptAnywhere();
}
