using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>What the flow asks next: only the part still missing, naming what was already given.</summary>
public sealed partial class ChangeAddressFlow
{
    private static string Question(Dictionary<string, string> values, bool hasAddress, bool renumbered) => hasAddress switch
    {
        true when renumbered && !values.ContainsKey(NameKey) && !values.ContainsKey(MobileKey) => "change_address.ask_contact_corrected",
        // "不对 是1016 打错了" while the phone is still asked: the corrected address said back, the phone asked once more.
        true when renumbered && !values.ContainsKey(MobileKey) => "change_address.ask_mobile_corrected",
        true when values.ContainsKey(NameKey) => "change_address.ask_mobile",
        true when values.ContainsKey(MobileKey) => "change_address.ask_name",
        true => "change_address.ask_contact",
        // "是86号 不是88" while the place is still to come: the number put right is said back before the place is asked.
        false when renumbered && values.ContainsKey(DetailKey) && !values.ContainsKey(DistrictKey) && !values.ContainsKey(ProvinceKey) => "change_address.ask_city_corrected",
        false when values.ContainsKey(CityKey) => "change_address.ask_detail",
        false when values.ContainsKey(DetailKey) && values.ContainsKey(DistrictKey) => "change_address.ask_city_of_district",
        false when values.ContainsKey(DetailKey) && values.ContainsKey(ProvinceKey) => "change_address.ask_city_in_province",
        false when values.ContainsKey(DetailKey) => "change_address.ask_city",
        false when values.ContainsKey(NameKey) || values.ContainsKey(MobileKey) => "change_address.ask_address_noted",
        false => "change_address.ask_address",
    };

    /// <summary>The order's slots with the part of the place and the contact details already given, for a question that names them.</summary>
    private static Dictionary<string, string?> Given(Dictionary<string, string> values, IReadOnlyDictionary<string, string?> slots) => new(slots)
    {
        [TemplateSlots.Place] = values.GetValueOrDefault(DistrictKey) ?? values.GetValueOrDefault(ProvinceKey),
        [TemplateSlots.NewAddress] = PlaceOf(values),
        [TemplateSlots.Noted] = (values.ContainsKey(NameKey), values.ContainsKey(MobileKey)) switch
        {
            (true, true) => "收件人和手机号",
            (true, false) => "收件人",
            _ => "手机号",
        },
    };
}
