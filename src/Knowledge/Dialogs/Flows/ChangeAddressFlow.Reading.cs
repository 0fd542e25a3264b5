using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>What each message of the flow gives: address parts, recipient, mobile, and the parts said to stay.</summary>
public sealed partial class ChangeAddressFlow
{
    /// <summary>Every address part the message holds replaces what was given before; "人和电话不变" keeps the order's.</summary>
    private static void Read(FlowContext context)
    {
        var values = context.State.Values;
        KeepNoteBeside(context);
        var keeps = KeptParts(context);
        var room = AddressKeeps.NewRoomNumber(context.Compact);
        if ((context.Facts.Address ?? CityAnswer(context)) is { } address)
        {
            Set(values, NameKey, address.RecipientName);
            Set(values, MobileKey, address.Mobile);
            // "地址不变 只改电话", "门牌号改成602室": words around a phone or a room number are no new detail.
            if (address.City is not null || (!keeps.Address && room is null))
            {
                Set(values, DetailKey, address.Detail);
            }

            // "北京" after "朝阳区望京西路3号": the city of the district given before, which stays.
            var districtOfCity = address.District is null && address.Detail is null && values.GetValueOrDefault(DistrictKey) is { } given
                && context.Services.Analyzer.Analyze(address.City + given, [], context.Services.Time.GetUtcNow()).Address?.District == given;
            if (address.City is not null && !districtOfCity)
            {
                // A new city replaces the whole place: the old district is not in it.
                values.Remove(ProvinceKey);
                values.Remove(DistrictKey);
            }

            Set(values, ProvinceKey, address.Province);
            Set(values, CityKey, address.City);
            Set(values, DistrictKey, address.District);
        }

        // "省份填错了 …其他不变": only the place is wrong, remembered should the order be picked from a list next; "电话换成…
        // 别的不变" names no place, so nothing of the place is fixed.
        if ((RestKept().IsMatch(context.Compact) && (values.ContainsKey(ProvinceKey) || values.ContainsKey(CityKey))) || AddressKeeps.SaysProvinceWrong(context.Compact))
        {
            values[PlaceOnlyKey] = "yes";
        }

        // "省填成浙江了 … 改成江苏省苏州市…": the province said wrong is no part of the new address; the city's own is.
        if (values.ContainsKey(PlaceOnlyKey) && values.GetValueOrDefault(CityKey) is { } city && context.Services.Analyzer.ProvinceOfCity(city) is { } own)
        {
            values[ProvinceKey] = own;
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

        // "算了 电话还是用原来的吧" after a new phone was said in this flow: the part kept goes back to the order's.
        if (keeps.Mobile && context.Facts.Address?.Mobile is null)
        {
            values.Remove(MobileKey);
        }

        if (keeps.Name && context.Facts.PersonNames.Count == 0 && context.Facts.Address?.RecipientName is null)
        {
            values.Remove(NameKey);
        }

        // "电话也顺便换一个 136…" answering whether the recipient and phone stay: only the phone changes, the recipient
        // stays as on the order (said back with the change, so a new one can still be given), never asked for again.
        if (context.State.Step == DialogSteps.AskContact && context.Facts.Address is { Mobile: not null, RecipientName: null }
            && context.Facts.PersonNames.Count == 0 && !values.ContainsKey(NameKey) && !values.ContainsKey(WantNameKey))
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
        else if (keeps.Address && context.Facts.Address?.City is null
                 && !(values.ContainsKey(DetailKey) && AddressKeeps.OnlyContactWrong(context.Compact)))
        {
            // Kept as on the order, never when "电话不对 改成…" corrects the contact of a new address given before.
            // "地址不改了 还是原来的 就改电话": the new address given before is taken back, the order's stands.
            if (AddressTakenBack().IsMatch(context.Compact))
            {
                foreach (var key in (string[])[ProvinceKey, CityKey, DistrictKey, DetailKey, ReplacesKey])
                {
                    values.Remove(key);
                }
            }

            values[KeepAddressKey] = "yes";
        }
    }

    /// <summary>
    /// The parts the message keeps as on the order. "其余的不用改了" names none: it keeps only what was not given in this
    /// flow, so a new phone or address said before stands.
    /// </summary>
    private static (bool Name, bool Mobile, bool Address) KeptParts(FlowContext context)
    {
        var keeps = AddressKeeps.Of(context.Compact);
        if (!AddressKeeps.KeepsRestOnly(context.Compact))
        {
            return keeps;
        }

        var values = context.State.Values;
        return (keeps.Name && !values.ContainsKey(NameKey), keeps.Mobile && !values.ContainsKey(MobileKey),
            keeps.Address && !values.ContainsKey(DetailKey) && !values.ContainsKey(CityKey));
    }

    [GeneratedRegex("地址(?:就|也|还是)?(?:不改了|不用改了|不换了|别改了|算了)|还是(?:用|按|寄|发)?原来的?(?:地址)?|(?:用|按)原(?:来的?)?地址")]
    private static partial Regex AddressTakenBack();

    /// <summary>
    /// "北京" asked for the city of a detail already given: a bare place name read as the address it answers for; "是86号
    /// 不是88" puts a number of that detail right and is no address of its own.
    /// </summary>
    private static Entities.AddressFacts? CityAnswer(FlowContext context) =>
        context.State.Step == DialogSteps.AskAddress && context.State.Values.ContainsKey(DetailKey) && !context.State.Values.ContainsKey(CityKey)
            && NewNumberOnly(context.Compact) is null
            ? context.Services.Analyzer.Analyze("地址 " + context.Compact, [], context.Services.Time.GetUtcNow()).Address
            : null;

    [GeneratedRegex("收件人|收货人|联系人|名字|姓名")]
    private static partial Regex RecipientWord();
}
