using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// A number of the new address put right while the flow still asks for the rest ("不对不对 是1203 不是903",
/// "不对 是1016 打错了", "不对 是802室"): only that number changes in the detail already taken, never the whole address.
/// </summary>
public sealed partial class ChangeAddressFlow
{
    /// <summary>
    /// The line corrects a number of the address this flow has taken so far, whatever need the model reads in "打错了":
    /// the flow takes it, never a quality case or a tip about a damaged parcel. Only a line that says it corrects
    /// counts here, so "是12号以后再发" is never read as a house number.
    /// </summary>
    internal static bool CorrectsNumberGiven(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State.ActiveFlow == Intents.IntentIds.ChangeAddress && context.Facts.Cues.IsCorrection && RenumberedDetail(context) is not null;
    }

    /// <summary>"不对 是802室" while the flow still asks for the rest: the number just given replaces its own in the detail. True when it did.</summary>
    private static bool RenumberGiven(FlowContext context)
    {
        if (RenumberedDetail(context) is not { } renumbered)
        {
            return false;
        }

        context.State.Values[DetailKey] = renumbered;
        return true;
    }

    /// <summary>
    /// The detail taken so far with the number said now in place of the old one, or null when the line renumbers
    /// nothing: a lane and house ("588弄12号"), a number with the one it replaces ("是1203 不是903"), or a number
    /// alone, which replaces the one with the same unit (a room when it has none).
    /// </summary>
    private static string? RenumberedDetail(FlowContext context)
    {
        if (context.Facts.Address is not null || context.State.Values.GetValueOrDefault(DetailKey) is not { } detail)
        {
            return null;
        }

        if (Relaned(context.Compact, detail) is { } relaned)
        {
            return relaned;
        }

        if (Renumbering(context.Compact) is { } change && Renumber(detail, change) is var renumbered && renumbered != detail)
        {
            return renumbered;
        }

        return NewNumberOnly(context.Compact) is { } fresh && ReplacedBy(detail, fresh) is { } replaced
            ? Renumber(detail, (fresh.Number + fresh.Unit, replaced.Value))
            : null;
    }

    /// <summary>
    /// The number in <paramref name="detail"/> a corrected number replaces: the last with the same unit; a room
    /// ("1203", "1016室") said without its unit, or with 室 against a room written bare ("B座1106"), replaces the last
    /// room number. Null when there is none or it is the same.
    /// </summary>
    private static Match? ReplacedBy(string detail, (string Number, string Unit) fresh)
    {
        var numbers = NumberWithUnit().Matches(detail);
        var replaced = numbers.LastOrDefault(m => m.Groups["u"].Value == fresh.Unit)
            ?? (fresh.Unit is "" or "室" ? numbers.LastOrDefault(m => m.Groups["u"].Value is "" or "室") : null);
        return replaced is not null && replaced.Groups["n"].Value != fresh.Number ? replaced : null;
    }

    /// <summary>
    /// "是世纪大道1000号 少打了个0" against a recorded "世纪大道100号21楼前台": the street said again with another number
    /// renumbers only that street's number, so what follows it (the floor, the front desk) stays; null when the recorded
    /// detail does not hold that street with another number.
    /// </summary>
    private static string? StreetRenumbered(string compact, string? recordedDetail)
    {
        if (recordedDetail is null || StreetAndNumber().Match(compact) is not { Success: true } said)
        {
            return null;
        }

        var street = said.Groups["street"].Value;
        for (var start = 0; street.Length - start >= MinStreetLength; start++)
        {
            var at = recordedDetail.IndexOf(street[start..], StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var from = at + street.Length - start;
            var digits = recordedDetail[from..].TakeWhile(char.IsAsciiDigit).Count();
            var number = said.Groups["n"].Value;
            return digits == 0 || recordedDetail.Substring(from, digits) == number ? null
                : recordedDetail[..from] + number + recordedDetail[(from + digits)..];
        }

        return null;
    }

    private const int MinStreetLength = 3;

    [GeneratedRegex("(?<street>[\\p{IsCJKUnifiedIdeographs}]{1,6}?(?:大道|大街|路|街|巷|弄|胡同))(?<n>[0-9]{1,5})(?=[号弄])")]
    private static partial Regex StreetAndNumber();
}
