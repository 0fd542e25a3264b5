using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "台灯坏了", "風扇壞掉了": an appliance said to be broken, with nothing cracked, crushed or torn named, has stopped
/// working; it is a fault to repair under warranty, never a breakage to photograph for a return.
/// </summary>
public static partial class ProblemPhrases
{
    /// <summary>
    /// The description with a broken appliance read as a fault ("无法正常使用：台灯损坏" for "破损：台灯损坏"); any other
    /// description as it is.
    /// </summary>
    public static string DeviceFault(string description, string title)
    {
        ArgumentNullException.ThrowIfNull(description);
        var damaged = QualityProblems.Label(QualityProblem.Damaged);
        if (!description.StartsWith(damaged, StringComparison.Ordinal) || !Appliance().IsMatch(title ?? string.Empty))
        {
            return description;
        }

        var told = description[damaged.Length..];
        return BrokenOnly().IsMatch(told) && !BrokenPhysically().IsMatch(BrokenOnly().Replace(told, string.Empty))
            ? QualityProblems.Label(QualityProblem.NotWorking) + told
            : description;
    }

    [GeneratedRegex("损坏|坏了|坏掉了?|坏")]
    private static partial Regex BrokenOnly();

    [GeneratedRegex("破|碎|裂|缺|崩|磕|压|摔|断|凹|变形|划|刮|烂|漏|鼓包|开胶|脱胶|瘪")]
    private static partial Regex BrokenPhysically();
}
