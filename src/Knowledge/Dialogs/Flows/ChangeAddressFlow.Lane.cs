using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "门牌号写错了 是588弄12号" against a recorded "天童南路588号": a lane (弄) with its house number replaces the recorded
/// house number whole, so the 588 said again is never read as the same number and the address never stays unchanged.
/// </summary>
public sealed partial class ChangeAddressFlow
{
    /// <summary>The detail with the lane and house said now in place of its last house number, or null when nothing changes.</summary>
    private static string? Relaned(string compact, string? detail)
    {
        if (detail is null || LaneAndHouse().Match(compact) is not { Success: true } said)
        {
            return null;
        }

        var house = $"{said.Groups["lane"].Value}弄{said.Groups["house"].Value}号";
        if (detail.Contains(house, StringComparison.Ordinal) || HouseNumber().Matches(detail).LastOrDefault() is not { } recorded)
        {
            return null;
        }

        return detail[..recorded.Index] + house + detail[(recorded.Index + recorded.Length)..];
    }

    /// <summary>"588弄12号", "是588弄12": a lane and the house in it.</summary>
    [GeneratedRegex("(?<![0-9])(?<lane>[0-9]{1,5})弄(?<house>[0-9]{1,5})(?![0-9])号?")]
    private static partial Regex LaneAndHouse();

    /// <summary>"588号", "588弄10号" in a recorded detail, never "5号楼".</summary>
    [GeneratedRegex("(?:[0-9]+弄)?[0-9]+号(?!楼)")]
    private static partial Regex HouseNumber();
}
