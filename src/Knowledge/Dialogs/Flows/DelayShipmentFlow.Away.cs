using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>"我25号到12月1号出差 家里没人收": the days the buyer is away, of which only the last one matters for a hold.</summary>
public sealed partial class DelayShipmentFlow
{
    /// <summary>
    /// The end of a stretch of days named ("25号到12月1号" → "12月1号以后"), so the parcel waits until the buyer is
    /// back, never leaves on the day they go; null when no stretch is named.
    /// </summary>
    private static string? RangeEnd(string compact, MatchCollection times)
    {
        for (var i = 0; i + 1 < times.Count; i++)
        {
            var between = compact[(times[i].Index + times[i].Length)..times[i + 1].Index];
            if (RangeJoin().IsMatch(between))
            {
                return LaterSaid().IsMatch(times[i + 1].Value) ? times[i + 1].Value : times[i + 1].Value + "以后";
            }
        }

        return null;
    }

    [GeneratedRegex("^(?:到|至|-|~|一直到)$")]
    private static partial Regex RangeJoin();

    [GeneratedRegex("(?:之?后|以后)$")]
    private static partial Regex LaterSaid();
}
