using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "不对 是3号楼前台 别写错了", "写错了 不是5栋是6栋", "还有楼层是16楼 刚打错了" right after a new address was recorded in this chat: the numbered part
/// the buyer corrects (the building, unit or room of the same kind) is rewritten in the recorded address, the change
/// recorded again with the same recipient and phone (the earlier one withdrawn) and what now stands read back; never a
/// delivery note read from "前台".
/// </summary>
internal static partial class AddressPartCorrected
{
    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (context.Facts.Address is { HasFullAddress: true } || !Corrects().IsMatch(context.Compact)
            || await AddressOnRecord.FindAsync(context, cancellationToken).ConfigureAwait(false) is not { } onRecord
            || Rewritten(onRecord.Recorded.Place, context.Compact) is not { } replacement)
        {
            return false;
        }

        var (wrong, right) = replacement;
        var description = onRecord.Description;
        var at = description.LastIndexOf(wrong, StringComparison.Ordinal);
        var corrected = description[..at] + right + description[(at + wrong.Length)..];
        var place = onRecord.Recorded.Place.Replace(wrong, right, StringComparison.Ordinal);
        await onRecord.RecordAgainAsync(context, corrected, place, "买家更正了地址，以新申请为准", cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// The numbered part of <paramref name="place"/> the line puts right and what it becomes ("2号楼" → "3号楼"): a number
    /// of the same kind the line names and the recorded address holds with another number, else null.
    /// </summary>
    private static (string Wrong, string Right)? Rewritten(string place, string compact)
    {
        foreach (Match said in Part().Matches(compact))
        {
            var kind = Unit(said.Groups["unit"].Value);
            var recorded = Part().Matches(place).FirstOrDefault(p => Unit(p.Groups["unit"].Value) == kind);
            if (recorded is not null && recorded.Groups["number"].Value != said.Groups["number"].Value && !compact.Contains(NotThis(said.Value), StringComparison.Ordinal))
            {
                return (recorded.Value, said.Groups["number"].Value + recorded.Groups["unit"].Value);
            }
        }

        return null;
    }

    /// <summary>"不是3号楼": the part named as the wrong one, never taken for the right one.</summary>
    private static string NotThis(string part) => "不是" + part;

    /// <summary>One spelling per kind of part: 号楼, 栋, 幢 and 座 all name a building.</summary>
    private static string Unit(string unit) => unit switch
    {
        "号楼" or "栋" or "幢" or "座" => "building",
        "单元" => "unit",
        "楼" or "层" => "floor",
        _ => unit,
    };

    /// <summary>The buyer says what was recorded is wrong: "不对", "写错了", "不是…是…", "应该是", "改成".</summary>
    [GeneratedRegex("不对|错了|写错|弄错|记错|搞错|不是[0-9]|应该是|改成|改为|是[0-9]{1,4}(?:号楼|栋|幢|座|单元|室)[^，,。]{0,4}(?:不是|别)")]
    private static partial Regex Corrects();

    /// <summary>A numbered part: "3号楼", "5栋", "2单元", "1202室", a floor ("16楼", "8层").</summary>
    [GeneratedRegex("(?<![0-9])(?<number>[0-9]{1,4})(?<unit>号楼|栋|幢|座|单元|室|楼|层)")]
    private static partial Regex Part();
}
