using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Corrections of an address change recorded earlier in the conversation: the rest is taken from that record and a
/// number said again ("12号不是21号", "房间号写错了 是802室") replaces the old one.
/// </summary>
public sealed partial class ChangeAddressFlow
{
    /// <summary>
    /// A message that changes part of an address already recorded for this order takes the rest from that record,
    /// and a house number said again ("12号不是21号") replaces the old one in the detail.
    /// </summary>
    private static async Task AmendEarlierAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        var renumber = Renumbering(context.Compact);
        if (context.Facts.Address is null && renumber is null && !context.Facts.Cues.IsCorrection && AddressKeeps.NewRoomNumber(context.Compact) is null
            && !LaneAndHouse().IsMatch(context.Compact))
        {
            return;
        }

        var earlier = await EarlierHereAsync(context, order, cancellationToken).ConfigureAwait(false);
        if (earlier?.Description is not { } description)
        {
            return;
        }

        var values = context.State.Values;
        // The room said now changes the recorded address, not the order's: the order's address is not kept here.
        values.Remove(RoomKey, out var room);
        if (room is not null)
        {
            values.Remove(KeepAddressKey);
        }

        var recorded = context.Services.Analyzer.Analyze(OurNotes().Replace(description, string.Empty), [], context.Services.Time.GetUtcNow()).Address;
        values[ReplacesKey] = earlier.Id;
        // "电话写错了 是139…" after a new address was recorded keeps that new address, not the order's.
        if (recorded?.City is not null && !KeptNotes().Matches(description).Any(m => m.Value.Contains("地址", StringComparison.Ordinal)))
        {
            values.Remove(KeepAddressKey);
        }

        if (recorded is not null)
        {
            Keep(values, NameKey, recorded.RecipientName);
            if (recorded.Mobile is { } recordedMobile && values.GetValueOrDefault(MobileKey) is { } said && said != recordedMobile)
            {
                values[ReplacedMobileKey] = recordedMobile;
            }

            Keep(values, MobileKey, recorded.Mobile);
            Keep(values, DetailKey, recorded.Detail);
            if (context.Facts.Address?.City is null)
            {
                KeepLeadOfDetail(values, recorded.Detail);
                Keep(values, ProvinceKey, recorded.Province);
                Keep(values, CityKey, recorded.City);
                Keep(values, DistrictKey, recorded.District);
            }
        }

        if (description.Contains(SameContactNote, StringComparison.Ordinal))
        {
            values.TryAdd(KeepContactKey, "yes");
        }

        if (StreetRenumbered(context.Compact, recorded?.Detail) is { } onStreet)
        {
            values[DetailKey] = onStreet;
        }
        else if (renumber is { } change && (RenumberedRecord(recorded?.Detail, change) ?? values.GetValueOrDefault(DetailKey)) is { } detail)
        {
            values[DetailKey] = Renumber(detail, change);
        }
        else if (Relaned(context.Compact, values.GetValueOrDefault(DetailKey)) is { } relaned)
        {
            values[DetailKey] = relaned;
        }
        else if (NewNumberOnly(context.Compact) is { } fresh && values.GetValueOrDefault(DetailKey) is { } recordedDetail
            && ReplacedBy(recordedDetail, fresh) is { } replaced)
        {
            // "房间号写错了 是1202室": the number with the same unit in the recorded address is the one replaced.
            values[DetailKey] = Renumber(recordedDetail, (fresh.Number + fresh.Unit, replaced.Value));
        }
        else if (room is not null && values.GetValueOrDefault(DetailKey) is { } roomDetail)
        {
            values[DetailKey] = AddressKeeps.Renumbered(roomDetail, room);
        }
    }

    /// <summary>
    /// "不对 是天童南路688号" against a recorded "首南街道天童南路588号": the street said again is found in the recorded
    /// detail and only what follows it is replaced, so the part before it (the 街道) is not lost.
    /// </summary>
    private static void KeepLeadOfDetail(Dictionary<string, string> values, string? recordedDetail)
    {
        if (recordedDetail is null || values.GetValueOrDefault(DetailKey) is not { } detail || detail == recordedDetail)
        {
            return;
        }

        var street = new string([.. detail.TakeWhile(c => !char.IsAsciiDigit(c))]);
        var at = street.Length >= 2 ? recordedDetail.IndexOf(street, StringComparison.Ordinal) : -1;
        if (at > 0)
        {
            values[DetailKey] = recordedDetail[..at] + detail;
        }
    }

    /// <summary>The place and detail taken so far, as one line ("浙江省杭州市滨江区网商路599号b座11楼").</summary>
    private static string PlaceOf(IReadOnlyDictionary<string, string> values) => string.Concat(
        values.GetValueOrDefault(ProvinceKey) is { } province && province != values.GetValueOrDefault(CityKey) ? province : string.Empty,
        values.GetValueOrDefault(CityKey),
        values.GetValueOrDefault(DistrictKey),
        values.GetValueOrDefault(DetailKey));

    /// <summary>
    /// The open address change recorded on the order, in this conversation or an earlier one (the latest), or null: a
    /// phone changed in a later chat keeps the new address recorded before, never the order's.
    /// </summary>
    private static async Task<CaseRecord?> EarlierHereAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        return cases.Where(c => c.Kind == CaseKind.AddressChange && c.Status == CaseStatus.Open && c.Description is not null)
            .OrderByDescending(c => c.ConversationId == context.Input.ConversationId).ThenByDescending(c => c.CreatedAt).FirstOrDefault();
    }

    /// <summary>The message only says what stays ("电话地址都不用改", "收件人还是我"): it changes nothing.</summary>
    private static bool OnlyKeeps(FlowContext context) =>
        context.Facts.Address is null && context.Facts.PersonNames.Count == 0 && AddressKeeps.NewRoomNumber(context.Compact) is null
        && AddressKeeps.Wanted(context.Compact) == (false, false)
        && (KeepContact().IsMatch(context.Compact) || AddressKeeps.Of(context.Compact) != (false, false, false));

    /// <summary>
    /// "房间号写错了 是1202室", "门牌号应该是12", "不对 是302", "不对 是2幢1102", "是B座11楼": a corrected number and its unit (from
    /// the word when unsaid; none when the recorded number has none either). A unit said right after the number is
    /// its own, even when another number follows ("2幢1102" corrects the 幢, never the room to "2").
    /// </summary>
    private static (string Number, string Unit)? NewNumberOnly(string compact)
    {
        // "是13206618898 最后一位是8": a digit of the phone number said in the line, never a house or room number.
        if (NumberCorrected().Match(compact) is not { Success: true } m
            || (!m.Groups["label"].Success && !m.Groups["u"].Success && (PhoneDigitsLead().IsMatch(compact[..m.Index]) || AddressKeeps.HoldsMobile(compact))))
        {
            return null;
        }

        var unit = m.Groups["u"].Success ? m.Groups["u"].Value
            : m.Groups["label"].Value switch
            {
                "房间号" or "房间" or "房号" or "室号" => "室",
                "门牌号" or "门牌" => "号",
                "楼号" or "栋号" => "栋",
                _ => string.Empty,
            };
        return (m.Groups["n"].Value, unit);
    }

    [GeneratedRegex("(?:(?<label>房间号|房间|房号|室号|门牌号|门牌|楼号|栋号)[^0-9]{0,8}?)?(?:应该是|改成|改为|是|为)(?:[a-z]座?)?(?<n>[0-9]{1,5})(?![0-9])(?<u>[号栋幢室楼层])?")]
    private static partial Regex NumberCorrected();

    [GeneratedRegex("(?:最后|末|尾|前|第[一二三四五六七八九十0-9]+)[一两二三四五六七八九0-9]?位(?:数字?)?$|尾号$")]
    private static partial Regex PhoneDigitsLead();

    /// <summary>
    /// Puts the new number, with its own unit when it has one, where the old one stood: "是302室 不是3楼" turns
    /// "漕溪北路200号3楼" into "漕溪北路200号302室", never "200号302楼"; an old number given with its unit only
    /// replaces that number with that unit.
    /// </summary>
    private static string Renumber(string detail, (string New, string Old) change)
    {
        var (oldNumber, oldUnit) = Split(change.Old);
        var (newNumber, newUnit) = Split(change.New);
        return NumberWithUnit().Replace(detail, m =>
            m.Groups["n"].Value != oldNumber || (oldUnit.Length > 0 && m.Groups["u"].Value != oldUnit)
                ? m.Value
                : newNumber + (newUnit.Length > 0 ? newUnit : m.Groups["u"].Value));
    }

    private static (string Number, string Unit) Split(string numberAndUnit)
    {
        var digits = numberAndUnit.TakeWhile(char.IsAsciiDigit).Count();
        return (numberAndUnit[..digits], numberAndUnit[digits..]);
    }

    /// <summary>
    /// "打错了 是湖南路86号 不是88" against a recorded "湖南路88号华侨大厦1205": the recorded detail holding the old number is
    /// the one renumbered, so the building and room after it stay and the buyer's "不是88" never becomes part of the
    /// address; null when the record does not hold the old number.
    /// </summary>
    private static string? RenumberedRecord(string? recordedDetail, (string New, string Old) change) =>
        recordedDetail is not null && Renumber(recordedDetail, change) != recordedDetail ? recordedDetail : null;

    /// <summary>
    /// "是501号 不是500" against a detail already recorded elsewhere (a redirect on the courier follow-up): the detail with
    /// the number renumbered, or null when the line renumbers nothing the detail holds.
    /// </summary>
    internal static string? Renumbered(string detail, string compact) =>
        Renumbering(compact) is { } change && Renumber(detail, change) is var renumbered && renumbered != detail ? renumbered : null;

    /// <summary>"12号不是21号", "不是21号，是12号": the number said now and the one it replaces.</summary>
    private static (string New, string Old)? Renumbering(string compact)
    {
        if (NewNotOld().Match(compact) is { Success: true } a)
        {
            return (a.Groups["new"].Value, a.Groups["old"].Value);
        }

        return OldThenNew().Match(compact) is { Success: true } b ? (b.Groups["new"].Value, b.Groups["old"].Value) : null;
    }

    /// <summary>
    /// What the bot added to a recorded address ("（收件人和电话同原订单）", "（更正原申请AS…）", "（收件人、电话、地址（只改门牌号）同原订单）",
    /// "（省份由浙江省改为江苏省）"),
    /// never part of it.
    /// </summary>
    [GeneratedRegex("（(?:[^（）]|（[^（）]*）)*(?:同原订单|更正原申请)[^（）]*）|（省份由[^（）]*）")]
    private static partial Regex OurNotes();

    [GeneratedRegex("(?<new>[0-9]+[号栋幢室楼层]?),?而?不是(?<old>[0-9]+[号栋幢室楼层]?)")]
    private static partial Regex NewNotOld();

    [GeneratedRegex("不是(?<old>[0-9]+[号栋幢室楼层]?),?(?:而)?是(?<new>[0-9]+[号栋幢室楼层]?)")]
    private static partial Regex OldThenNew();

    [GeneratedRegex("(?<n>[0-9]+)(?<u>[号栋幢室楼层]?)")]
    private static partial Regex NumberWithUnit();
}
