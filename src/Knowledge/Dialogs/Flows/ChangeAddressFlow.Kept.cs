using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// What a change of address keeps from the order: its address filled in when only the contact or the house number
/// changes, and the note that tells the warehouse which parts stand.
/// </summary>
public sealed partial class ChangeAddressFlow
{
    /// <summary>
    /// "改好了跟我说一声 别发到老地址去了", "羽绒服那单" once the change was recorded in this conversation: nothing new is
    /// given and no other change is asked for, so the recorded one stands, never a question for an address again.
    /// </summary>
    private static async Task<bool> FollowsUpRecordedAsync(FlowContext context, Order order, CancellationToken cancellationToken) =>
        !Gave(context) && AddressKeeps.Wanted(context.Compact) == (false, false) && (!AnotherChange().IsMatch(context.Compact) || RepeatsRequest(context))
        && NewNumberOnly(context.Compact) is null && !StreetAndNumber().IsMatch(context.Compact)
        && await EarlierHereAsync(context, order, cancellationToken).ConfigureAwait(false) is { } earlier
        && earlier.ConversationId == context.Input.ConversationId;

    /// <summary>
    /// "地址不变" said on its own (after a delay was noted, say), with no change of address asked or recorded here:
    /// nothing is to change, so nothing is asked and the address stays as on the order.
    /// </summary>
    private static async Task<bool> KeepsAllUnaskedAsync(FlowContext context, Order order, CancellationToken cancellationToken) =>
        OnlyKeeps(context) && AddressKeeps.Of(context.Compact).Address && !AddressKeeps.ChangesAddress(context.Compact)
        && !AnotherChange().IsMatch(context.Compact)
        && await EarlierHereAsync(context, order, cancellationToken).ConfigureAwait(false) is null;

    /// <summary>
    /// An address kept as on the order fills the place and detail from the order's address. A detail on the order's
    /// own street ("珞喻路77号桂子山庄4栋703") keeps the order's province, city and district, and "不是702 是703"
    /// corrects that number in the order's address. True when a number of the order's address was corrected.
    /// </summary>
    private static bool KeepOrderAddress(FlowContext context, Order order)
    {
        var values = context.State.Values;
        if (order.Address is not { } onOrder)
        {
            return false;
        }

        var address = context.Services.Analyzer.Analyze(onOrder, [], context.Services.Time.GetUtcNow()).Address;
        var orderDetail = DetailOf(onOrder, address) ?? CompactText.Of(address?.Detail ?? onOrder);
        var renumber = values.ContainsKey(ReplacesKey) || context.Facts.Address?.City is not null ? null : Renumbering(context.Compact);
        if (renumber is { } wrong && !values.ContainsKey(DetailKey) && NumberWithUnit().Matches(orderDetail).Any(m => m.Value == wrong.Old || m.Groups["n"].Value == wrong.Old))
        {
            values[KeepAddressKey] = "yes";
        }

        // "晴川苑3幢602室 别的都不变": the detail said is new even beside words that keep the rest of the address.
        // "四件套地址改成晴川苑3幢602室" read whole as a detail: the order's estate and the numbers after it are the detail.
        var said = values.GetValueOrDefault(DetailKey)
            ?? (values.ContainsKey(KeepAddressKey) && context.Facts.Address is { City: null, Detail: { } detail } ? CompactText.Of(detail) : null);
        if (context.Facts.Address?.City is null && (said is null || LeadOnOrderStreet(said, orderDetail) is null)
            && OrderStreetIn(context.Compact, orderDetail) is { } found)
        {
            said = found;
        }

        if (said is not null && PlaceFitsOrder(values, address) && LeadOnOrderStreet(said, orderDetail) is { } lead)
        {
            values[DetailKey] = lead + said;
            Keep(values, ProvinceKey, address?.Province);
            Keep(values, CityKey, address?.City);
            Keep(values, DistrictKey, address?.District);
        }

        if (!values.ContainsKey(KeepAddressKey))
        {
            return NumbersOnlyChanged(values, orderDetail);
        }

        Keep(values, ProvinceKey, address?.Province);
        Keep(values, CityKey, address?.City);
        Keep(values, DistrictKey, address?.District);
        Keep(values, DetailKey, orderDetail);
        if (values.Remove(RoomKey, out var room))
        {
            values[DetailKey] = AddressKeeps.Renumbered(values[DetailKey], room);
            values[RoomChangedKey] = "yes";
        }

        if (renumber is { } change && values[DetailKey] == orderDetail)
        {
            values[DetailKey] = Renumber(orderDetail, change);
        }

        return NumbersOnlyChanged(values, orderDetail);
    }

    /// <summary>No city given, and the province and district given, if any, are the order's own.</summary>
    private static bool PlaceFitsOrder(Dictionary<string, string> values, Entities.AddressFacts? address) =>
        address?.City is not null && !values.ContainsKey(CityKey)
        && (values.GetValueOrDefault(DistrictKey) is not { } district || district == address.District)
        && (values.GetValueOrDefault(ProvinceKey) is not { } province || province == address.Province);

    /// <summary>
    /// "晴川苑3幢602室" inside a longer line no address reader takes: the order's own street or estate (the longest
    /// tail of the words before the numbers that the order's detail holds) with the numbers after it, shaped as the
    /// order's detail, or null.
    /// </summary>
    private static string? OrderStreetIn(string compact, string orderDetail)
    {
        for (var m = StreetAndNumbers().Match(compact); m.Success; m = m.NextMatch())
        {
            var words = m.Groups["w"].Value;
            for (var start = 0; start <= words.Length - 2; start++)
            {
                // Only a detail shaped as the order's (its numbers changed) is taken: nothing else is read into a line.
                var said = words[start..] + m.Groups["n"].Value;
                if (LeadOnOrderStreet(said, orderDetail) is { } lead
                    && NumberWithUnit().Replace(lead + said, "#") == NumberWithUnit().Replace(orderDetail, "#"))
                {
                    return said;
                }
            }
        }

        return null;
    }

    [GeneratedRegex("(?<w>[\\p{IsCJKUnifiedIdeographs}]+)(?<n>[0-9][0-9\\-]*(?:[号栋幢单元室楼层]*[0-9\\-]+)*[号栋幢单元室楼层]*)")]
    private static partial Regex StreetAndNumbers();

    /// <summary>
    /// The part of the order's detail before the street or estate the new detail starts with ("文三路88号" before
    /// "晴川苑3幢602室", empty for "珞喻路77号…"), or null when the new detail is not on the order's street.
    /// </summary>
    private static string? LeadOnOrderStreet(string detail, string orderDetail)
    {
        var street = new string([.. detail.TakeWhile(c => !char.IsAsciiDigit(c))]);
        var at = street.Length >= 2 ? orderDetail.IndexOf(street, StringComparison.Ordinal) : -1;
        return at < 0 ? null : orderDetail[..at];
    }

    /// <summary>
    /// The new detail is the order's with only its numbers changed (702 → 703): a door number corrected, so the
    /// recipient and phone stay and the record says only the number changed.
    /// </summary>
    private static bool NumbersOnlyChanged(Dictionary<string, string> values, string orderDetail)
    {
        if (values.GetValueOrDefault(DetailKey) is not { } detail || detail == orderDetail
            || NumberWithUnit().Replace(detail, "#") != NumberWithUnit().Replace(orderDetail, "#"))
        {
            return false;
        }

        values[KeepAddressKey] = "yes";
        values[RoomChangedKey] = "yes";
        values.TryAdd(KeepContactKey, "yes");
        return true;
    }

    /// <summary>
    /// "不是702 是703" once 703 was recorded: the correction asks for what stands already, so the record is confirmed
    /// with the address it holds, never recorded a second time.
    /// </summary>
    private static async Task<bool> SameAsRecordedAsync(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var values = context.State.Values;
        if (values.GetValueOrDefault(ReplacesKey) is null || await EarlierHereAsync(context, order, cancellationToken).ConfigureAwait(false) is not { Description: { } recorded }
            || !recorded.Contains(Describe(values, order, maskMobile: false), StringComparison.Ordinal))
        {
            return false;
        }

        context.Say("change_address.same_as_recorded", new Dictionary<string, string?>(slots)
        {
            [Templates.TemplateSlots.NewAddress] = Describe(values, order, maskMobile: true),
        });
        context.Finish();
        return true;
    }

    /// <summary>
    /// The export's address is spaced ("湖北省 武汉市 洪山区 珞喻路 77号 桂子山庄 4栋 702"): the detail is every part after
    /// the place names, kept whole.
    /// </summary>
    private static string? DetailOf(string onOrder, Entities.AddressFacts? address)
    {
        var place = string.Concat(address?.Province, address?.City, address?.District);
        var parts = onOrder.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var skipped = parts.TakeWhile(p => place.Contains(p, StringComparison.Ordinal)).Count();
        return skipped > 0 && skipped < parts.Length ? string.Concat(parts.Skip(skipped)) : null;
    }

    /// <summary>What the new details keep from the order, so the warehouse sees which part changed.</summary>
    private static string KeptNote(Dictionary<string, string> values)
    {
        var keepContact = values.ContainsKey(KeepContactKey);
        var kept = new List<string>();
        if (keepContact && !values.ContainsKey(NameKey))
        {
            kept.Add("收件人");
        }

        if (keepContact && !values.ContainsKey(MobileKey))
        {
            kept.Add("电话");
        }

        if (values.ContainsKey(KeepAddressKey))
        {
            kept.Add(values.ContainsKey(RoomChangedKey) ? "地址（只改门牌号）" : "地址");
        }

        return kept.Count switch
        {
            0 => string.Empty,
            _ when kept is ["收件人", "电话"] => SameContactNote,
            _ => $"（{string.Join("、", kept)}同原订单）",
        };
    }

    /// <summary>"餐具那单还没发货吧 | 帮我改一下" split in two: the bare second part only repeats the request the record answers.</summary>
    private static bool RepeatsRequest(FlowContext context) => context.Input.IsSecondNeed && BareChange().IsMatch(context.Compact);

    [GeneratedRegex("^(?:那|那就)?(?:帮我|麻烦|给我|请)?(?:改|修改|更正|改过来)(?:一下|下)?(?:吧|哈|啊|呗)?$")]
    private static partial Regex BareChange();

    // A change asked for anew ("地址再改一下", "我还要改个电话", "地址又错了", "不是30楼 是31楼"), never "改好了告诉我".
    [GeneratedRegex("(再|又|还要|还想|重新|要|想|帮我|给我|得)(改|换)|改(一下|下|个)|(地址|电话|手机|号码|收件人|门牌)(又|还|再|也)?(要|得|想)?(改|换|错|不对)|写错|填错|错了|不对|不是")]
    private static partial Regex AnotherChange();

    /// <summary>
    /// "电话不变", "其他都不变" right after a change was recorded: true when the message only says what stays, so the
    /// recorded change stands (the flow says so and records nothing again).
    /// </summary>
    public static bool OnlyKeepsAfterRecord(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State.ActiveFlow is null && context.State.LastFlow == Intents.IntentIds.ChangeAddress
            && (OnlyKeeps(context) || RepeatsWithKeeps(context) || (OldNumberDropped().IsMatch(context.Compact) && context.Facts.Address is null && context.Facts.PersonNames.Count == 0));
    }

    /// <summary>"人和电话都不变", "不变", "收件人王芳": the answer to whether the recipient and phone stay.</summary>
    public static bool AnswersContact(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State.Step == DialogSteps.AskContact && (KeepContact().IsMatch(context.Compact) || FlowDropped.SaysNo(context.Normalized)
            || context.Facts.PersonNames.Count > 0 || AddressKeeps.Of(context.Compact) != (false, false, false));
    }

    /// <summary>
    /// "别的都不变 平江路6号枕河小院2楼 沈烟 电话也一样", "地址不用改 还是海景苑9-1-101": the street said again with what stays, no
    /// change asked.
    /// </summary>
    private static bool RepeatsWithKeeps(FlowContext context) =>
        (KeepContact().IsMatch(context.Compact) || AddressKeeps.Of(context.Compact).Address)
        && context.Facts.Address is { City: null, Detail: not null } && !AnotherChange().IsMatch(context.Compact);

    /// <summary>"原来那个号不用了 别打", "旧号码停机了": the new number just recorded is the one to call.</summary>
    [GeneratedRegex("(?:原来|以前|之前|老|旧)的?(?:那个|这个)?(?:号|号码|电话|手机)(?:号码?)?(?:已经|早就)?(?:不用了|不用|停机|停用|注销|没用了|打不通|别打|不要打)|别打(?:原来|以前|之前|老|旧)")]
    private static partial Regex OldNumberDropped();
}
