using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// A new delivery address: the recipient, mobile, province, city, district and detail are taken from every message of
/// the flow (a later value replaces an earlier one), only what is missing is asked for, and the recipient and mobile
/// stay as on the order when the buyer says so. An order not yet shipped gets an address-change request, confirmed
/// back with the mobile masked; a shipped one needs the courier to intercept it, so a person takes over. A correction
/// after the request was recorded ("电话写错了，是139…", "门牌号是12号不是21号") starts from the recorded address and
/// changes only what it names.
/// </summary>
public sealed partial class ChangeAddressFlow : IDialogFlow
{
    public const string AfterShipment = "address_after_shipment";
    private const string NameKey = "recipient";
    private const string MobileKey = "mobile";
    private const string ProvinceKey = "province";
    private const string CityKey = "city";
    private const string DistrictKey = "district";
    private const string DetailKey = "detail";
    private const string KeepContactKey = "keep_contact";
    private const string ReplacesKey = "replaces";
    private const string KeepAddressKey = "keep_address";
    private const string RoomKey = "room";
    private const string RoomChangedKey = "room_changed";
    private const string WantMobileKey = "want_mobile";
    private const string WantNameKey = "want_name";
    private const string SameContactNote = "（收件人和电话同原订单）";

    public string Intent => IntentIds.ChangeAddress;

    public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var asked = context.State.Step;
        // "四件套那单门牌号写错了 应该是602室": the room words are no address, so the order is read from the rest.
        if (AddressKeeps.WithoutRoom(context.Compact) is { } rest && context.Facts.Address?.City is null)
        {
            context.ReadFactsFrom(rest);
        }

        Read(context);
        if (ChoosingAside.TryTake(context, Gave(context)))
        {
            return;
        }

        var order = OrderResolver.Resolve(context, "change_address", o => o.Status is OrderStatus.AwaitingShipment or OrderStatus.AwaitingPayment);
        if (order is null)
        {
            return;
        }

        var slots = context.SlotsOf(order);
        switch (order.Status)
        {
            case OrderStatus.Shipped:
                context.Say("change_address.after_shipment", slots);
                context.NeedPerson(AfterShipment);
                context.Finish();
                return;
            case OrderStatus.Completed or OrderStatus.Closed:
                context.Say(order.Status == OrderStatus.Closed ? "change_address.closed" : "change_address.completed", slots);
                context.Finish();
                return;
        }

        var values = context.State.Values;
        if (asked is null)
        {
            // "电话地址都不用改" right after the change was recorded: it stands as recorded, nothing is recorded again.
            if (OnlyKeeps(context) && await EarlierHereAsync(context, order, cancellationToken).ConfigureAwait(false) is not null)
            {
                context.Say("change_address.already_recorded", slots);
                context.Finish();
                return;
            }

            await AmendEarlierAsync(context, order, cancellationToken).ConfigureAwait(false);
        }

        KeepOrderAddress(context, order);
        var hasAddress = values.ContainsKey(CityKey) && values.ContainsKey(DetailKey);
        var wantsMissing = (values.ContainsKey(WantMobileKey) && !values.ContainsKey(MobileKey)) || (values.ContainsKey(WantNameKey) && !values.ContainsKey(NameKey));
        var hasContact = !wantsMissing && (values.ContainsKey(KeepContactKey) || (values.ContainsKey(NameKey) && values.ContainsKey(MobileKey)));
        if (!hasAddress || !hasContact)
        {
            var step = !hasAddress ? DialogSteps.AskAddress : DialogSteps.AskContact;
            if (asked == step && !Gave(context))
            {
                context.Fail();
            }

            context.Say(wantsMissing && hasAddress ? (values.ContainsKey(WantMobileKey) && !values.ContainsKey(MobileKey) ? "change_address.ask_new_mobile" : "change_address.ask_new_name") : Question(values, hasAddress), slots);
            if (hasAddress)
            {
                context.Suggest("收件人和电话不变");
            }

            context.Await(step);
            return;
        }

        await RecordAsync(context, order, slots, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The new address as one line; with <paramref name="maskMobile"/> the mobile shows as 139****5678.</summary>
    public static string Describe(IReadOnlyDictionary<string, string> values, Order order, bool maskMobile)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(order);
        var keep = values.ContainsKey(KeepContactKey);
        var name = values.GetValueOrDefault(NameKey) ?? (keep ? order.ReceiverName : null);
        var mobile = values.GetValueOrDefault(MobileKey) ?? (keep ? order.Phone : null);
        var place = string.Concat(
            values.GetValueOrDefault(ProvinceKey) is { } province && province != values.GetValueOrDefault(CityKey) ? province : string.Empty,
            values.GetValueOrDefault(CityKey),
            values.GetValueOrDefault(DistrictKey),
            values.GetValueOrDefault(DetailKey));
        var shown = mobile is { Length: 11 } && maskMobile ? $"{mobile[..3]}****{mobile[7..]}" : mobile;
        return string.Join(' ', new[] { name, shown, place }.Where(p => !string.IsNullOrEmpty(p)));
    }

    private static async Task RecordAsync(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var values = context.State.Values;
        var description = "新地址：" + Describe(values, order, maskMobile: false) + KeptNote(values)
            + (values.GetValueOrDefault(ReplacesKey) is { } replaced ? $"（更正原申请{replaced}）" : string.Empty);
        await context.Actions.RequestAddressChangeAsync(context.Turn, order.OrderNumber, description, cancellationToken).ConfigureAwait(false);
        context.Say(values.ContainsKey(KeepAddressKey) ? "change_address.recorded_contact" : "change_address.recorded", new Dictionary<string, string?>(slots)
        {
            [TemplateSlots.NewAddress] = Describe(values, order, maskMobile: true),
        });
        context.Finish();
    }

    /// <summary>Every address part the message holds replaces what was given before; "人和电话不变" keeps the order's.</summary>
    private static void Read(FlowContext context)
    {
        var values = context.State.Values;
        var keeps = AddressKeeps.Of(context.Compact);
        var room = AddressKeeps.NewRoomNumber(context.Compact);
        if (context.Facts.Address is { } address)
        {
            Set(values, NameKey, address.RecipientName);
            Set(values, MobileKey, address.Mobile);
            // "地址不变 只改电话", "门牌号改成602室": words around a phone or a room number are no new detail.
            if (address.City is not null || (!keeps.Address && room is null))
            {
                Set(values, DetailKey, address.Detail);
            }

            if (address.City is not null)
            {
                // A new city replaces the whole place: the old district is not in it.
                values.Remove(ProvinceKey);
                values.Remove(DistrictKey);
            }

            Set(values, ProvinceKey, address.Province);
            Set(values, CityKey, address.City);
            Set(values, DistrictKey, address.District);
        }

        // "收件人不是张三是李四": a name given for the recipient, asked for or not, is the recipient.
        if ((context.State.Step == DialogSteps.AskContact || RecipientWord().IsMatch(context.Normalized))
            && context.Facts.Address?.RecipientName is null && context.Facts.PersonNames.Count > 0)
        {
            values[NameKey] = context.Facts.PersonNames[0];
        }

        if (KeepContact().IsMatch(context.Compact) || keeps.Name || keeps.Mobile
            || (context.State.Step == DialogSteps.AskContact && context.Facts.Address is null && FlowDropped.SaysNo(context.Normalized)))
        {
            values[KeepContactKey] = "yes";
        }

        // "改个电话": the new phone is needed, the recipient and the address stay unless the buyer changes them too.
        var wanted = AddressKeeps.Wanted(context.Compact);
        if (wanted.Mobile && !values.ContainsKey(MobileKey))
        {
            values[WantMobileKey] = "yes";
        }

        if (wanted.Name && !values.ContainsKey(NameKey))
        {
            values[WantNameKey] = "yes";
        }

        // Not once the bot asked for the new address: "不对 电话是…" then corrects the contact of an address still to come.
        if ((wanted.Mobile || wanted.Name) && !AddressKeeps.ChangesAddress(context.Compact) && context.Facts.Address?.City is null && !values.ContainsKey(DetailKey)
            && context.State.Step != DialogSteps.AskAddress)
        {
            values[KeepContactKey] = "yes";
            values[KeepAddressKey] = "yes";
        }

        // A new phone or recipient with the address kept: the other contact part stays as on the order too.
        if (values.ContainsKey(KeepAddressKey) && (values.ContainsKey(NameKey) || values.ContainsKey(MobileKey)))
        {
            values[KeepContactKey] = "yes";
        }

        // "地址不变，只改电话", "门牌号改成602室": the order's address is the new one, with only the room changed.
        if (room is not null && context.Facts.Address?.City is null)
        {
            values[RoomKey] = room;
            values[KeepAddressKey] = "yes";
            values[KeepContactKey] = "yes";
        }
        else if (keeps.Address && context.Facts.Address?.City is null)
        {
            values[KeepAddressKey] = "yes";
        }
    }

    /// <summary>An address kept as on the order fills the place and detail from the order's address.</summary>
    private static void KeepOrderAddress(FlowContext context, Order order)
    {
        var values = context.State.Values;
        if (!values.ContainsKey(KeepAddressKey) || order.Address is not { } onOrder)
        {
            return;
        }

        var address = context.Services.Analyzer.Analyze(onOrder, [], context.Services.Time.GetUtcNow()).Address;
        Keep(values, ProvinceKey, address?.Province);
        Keep(values, CityKey, address?.City);
        Keep(values, DistrictKey, address?.District);
        Keep(values, DetailKey, DetailOf(onOrder, address) ?? CompactText.Of(address?.Detail ?? onOrder));
        if (values.Remove(RoomKey, out var room))
        {
            values[DetailKey] = AddressKeeps.Renumbered(values[DetailKey], room);
            values[RoomChangedKey] = "yes";
        }
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

    /// <summary>
    /// A message that changes part of an address already recorded for this order takes the rest from that record,
    /// and a house number said again ("12号不是21号") replaces the old one in the detail.
    /// </summary>
    private static async Task AmendEarlierAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        var renumber = Renumbering(context.Normalized);
        if (context.Facts.Address is null && renumber is null && !context.Facts.Cues.IsCorrection && AddressKeeps.NewRoomNumber(context.Compact) is null)
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

        var recorded = context.Services.Analyzer.Analyze(KeptNotes().Replace(description, string.Empty), [], context.Services.Time.GetUtcNow()).Address;
        values[ReplacesKey] = earlier.Id;
        if (recorded is not null)
        {
            Keep(values, NameKey, recorded.RecipientName);
            Keep(values, MobileKey, recorded.Mobile);
            Keep(values, DetailKey, recorded.Detail);
            if (context.Facts.Address?.City is null)
            {
                Keep(values, ProvinceKey, recorded.Province);
                Keep(values, CityKey, recorded.City);
                Keep(values, DistrictKey, recorded.District);
            }
        }

        if (description.Contains(SameContactNote, StringComparison.Ordinal))
        {
            values.TryAdd(KeepContactKey, "yes");
        }

        if (renumber is { } change && values.GetValueOrDefault(DetailKey) is { } detail)
        {
            values[DetailKey] = Renumber(detail, change);
        }
        else if (NewNumberOnly(context.Compact) is { } fresh && values.GetValueOrDefault(DetailKey) is { } recordedDetail
            && NumberWithUnit().Matches(recordedDetail).LastOrDefault(m => m.Groups["u"].Value == fresh.Unit) is { } replaced && replaced.Groups["n"].Value != fresh.Number)
        {
            // "房间号写错了 是1202室": the number with the same unit in the recorded address is the one replaced.
            values[DetailKey] = Renumber(recordedDetail, (fresh.Number + fresh.Unit, replaced.Value));
        }
        else if (room is not null && values.GetValueOrDefault(DetailKey) is { } roomDetail)
        {
            values[DetailKey] = AddressKeeps.Renumbered(roomDetail, room);
        }
    }

    /// <summary>The open address change this conversation recorded on the order, or null.</summary>
    private static async Task<CaseRecord?> EarlierHereAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        return cases.Where(c => c.Kind == CaseKind.AddressChange && c.Status == CaseStatus.Open && c.Description is not null && c.ConversationId == context.Input.ConversationId)
            .OrderByDescending(c => c.CreatedAt).FirstOrDefault();
    }

    /// <summary>The message only says what stays ("电话地址都不用改", "收件人还是我"): it changes nothing.</summary>
    private static bool OnlyKeeps(FlowContext context) =>
        context.Facts.Address is null && context.Facts.PersonNames.Count == 0 && AddressKeeps.NewRoomNumber(context.Compact) is null
        && AddressKeeps.Wanted(context.Compact) == (false, false)
        && (KeepContact().IsMatch(context.Compact) || AddressKeeps.Of(context.Compact) != (false, false, false));

    /// <summary>
    /// "房间号写错了 是1202室", "门牌号应该是12", "不对 是302": a corrected number and its unit (from the word when
    /// unsaid; none when the recorded number has none either).
    /// </summary>
    private static (string Number, string Unit)? NewNumberOnly(string compact)
    {
        if (NumberCorrected().Match(compact) is not { Success: true } m)
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

    [GeneratedRegex("(?:(?<label>房间号|房间|房号|室号|门牌号|门牌|楼号|栋号)[^0-9]{0,8}?)?(?:应该是|改成|改为|是|为)(?<n>[0-9]{1,5})(?<u>[号栋幢室楼层])?(?![0-9])")]
    private static partial Regex NumberCorrected();

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

    /// <summary>"12号不是21号", "不是21号，是12号": the number said now and the one it replaces.</summary>
    private static (string New, string Old)? Renumbering(string normalizedText)
    {
        var compact = normalizedText.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (NewNotOld().Match(compact) is { Success: true } a)
        {
            return (a.Groups["new"].Value, a.Groups["old"].Value);
        }

        return OldThenNew().Match(compact) is { Success: true } b ? (b.Groups["new"].Value, b.Groups["old"].Value) : null;
    }

    private static void Keep(Dictionary<string, string> values, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values.TryAdd(key, value);
        }
    }

    private static bool Gave(FlowContext context) =>
        context.Facts.Address is not null || context.Facts.PersonNames.Count > 0 || KeepContact().IsMatch(context.Compact)
        || AddressKeeps.Of(context.Compact) != (false, false, false) || AddressKeeps.NewRoomNumber(context.Compact) is not null;

    private static string Question(Dictionary<string, string> values, bool hasAddress) => hasAddress switch
    {
        true when values.ContainsKey(NameKey) => "change_address.ask_mobile",
        true when values.ContainsKey(MobileKey) => "change_address.ask_name",
        true => "change_address.ask_contact",
        false when values.ContainsKey(CityKey) => "change_address.ask_detail",
        false when values.ContainsKey(DetailKey) => "change_address.ask_city",
        false => "change_address.ask_address",
    };

    private static void Set(Dictionary<string, string> values, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values[key] = value;
        }
    }

    [GeneratedRegex("（[^（）]*同原订单）")]
    private static partial Regex KeptNotes();

    [GeneratedRegex("收件人|收货人|联系人|名字|姓名")]
    private static partial Regex RecipientWord();

    [GeneratedRegex("(?<n>[0-9]+)(?<u>[号栋幢室楼层]?)")]
    private static partial Regex NumberWithUnit();

    [GeneratedRegex("(?<new>[0-9]+[号栋幢室楼层]?),?而?不是(?<old>[0-9]+[号栋幢室楼层]?)")]
    private static partial Regex NewNotOld();

    [GeneratedRegex("不是(?<old>[0-9]+[号栋幢室楼层]?),?(?:而)?是(?<new>[0-9]+[号栋幢室楼层]?)")]
    private static partial Regex OldThenNew();

    [GeneratedRegex("(人|收件人|收货人|名字|姓名|电话|手机|号码|联系方式|其他|其它|别的)(和|跟|、|,|，)?(电话|手机|号码|人|名字)?(都)?(不变|没变|不用改|不改|一样|照旧|还是原来|用原来|同原来|跟原来一样|和原来一样)|还是我(本人)?(收)?|(就|只)改地址|只改收货地址|别的不变|其他不变|其它不变")]
    private static partial Regex KeepContact();
}
