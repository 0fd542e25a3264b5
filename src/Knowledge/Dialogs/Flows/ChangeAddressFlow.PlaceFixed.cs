using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Only the place is wrong: "改成江苏省苏州市姑苏区 后面不变", or the order's own city and district under another province
/// ("苏州是江苏的" → 江苏省苏州市姑苏区). The street, estate and room stay as on the order, and so do the recipient and
/// phone unless the buyer changes them, so the new address is recorded whole and the street is never asked for.
/// </summary>
public sealed partial class ChangeAddressFlow
{
    private const string ProvinceWasKey = "province_was";

    /// <summary>
    /// "苏州是江苏省的 我写成浙江了", "省填错了 应该是江苏" on an order whose city lies under another province: the city's
    /// own province replaces the one written and the city stays, so only the province changes; the order's street said
    /// again ("改成江苏省苏州市姑苏区平江路6号枕河小院2楼") is no new detail. A city of its own leaves it a new address.
    /// </summary>
    private static void FixMisplacedProvince(FlowContext context, Order order)
    {
        var values = context.State.Values;
        if (WrongProvinceParcel.Misplaced(context, order) is not { } place
            || !(values.ContainsKey(PlaceOnlyKey) || values.GetValueOrDefault(ProvinceKey) == place.Province)
            || (values.GetValueOrDefault(CityKey) is { } city && city != place.City))
        {
            return;
        }

        values[ProvinceKey] = place.Province;
        values[CityKey] = place.City;
        values[PlaceOnlyKey] = "yes";
        var address = context.Services.Analyzer.Analyze(order.Address!, [], context.Services.Time.GetUtcNow()).Address;
        if (values.GetValueOrDefault(DetailKey) is { } detail && CompactText.Of(detail) == (DetailOf(order.Address!, address) ?? CompactText.Of(address?.Detail ?? string.Empty)))
        {
            values.Remove(DetailKey);
        }
    }

    /// <summary>"（省份由浙江省改为江苏省）": the one part of the place that changed, for the warehouse.</summary>
    private static string ProvinceNote(Dictionary<string, string> values) =>
        values.GetValueOrDefault(ProvinceWasKey) is { } was && values.GetValueOrDefault(ProvinceKey) is { } now && was != now
            ? $"（省份由{was}改为{now}）"
            : string.Empty;

    /// <summary>How the record is confirmed: a correction of the one just recorded, only the province put right, only the contact, or a new address.</summary>
    private static string RecordedTemplate(Dictionary<string, string> values) =>
        values.ContainsKey(ReplacesKey) ? "change_address.corrected"
        : values.ContainsKey(KeepAddressKey) ? "change_address.recorded_contact"
        : ProvinceNote(values).Length > 0 && values.ContainsKey(KeepContactKey) && !values.ContainsKey(NameKey) && !values.ContainsKey(MobileKey) ? "change_address.recorded_province"
        : "change_address.recorded";

    private static void KeepDetailBehindPlace(FlowContext context, Order order)
    {
        var values = context.State.Values;
        if (values.ContainsKey(DetailKey) || order.Address is not { } onOrder || !(values.ContainsKey(CityKey) || values.ContainsKey(ProvinceKey)))
        {
            return;
        }

        var address = context.Services.Analyzer.Analyze(onOrder, [], context.Services.Time.GetUtcNow()).Address;
        // "省份错了 应该是江苏省 其他不变": the rest kept, but the place said is new, so the address is not the order's.
        var placeChanged = values.GetValueOrDefault(ProvinceKey) is { } said && said != address?.Province
            || values.GetValueOrDefault(CityKey) is { } saidCity && saidCity != address?.City;
        if (values.ContainsKey(KeepAddressKey) && !placeChanged)
        {
            return;
        }

        var sameCity = values.GetValueOrDefault(CityKey) is not { } city || city == address?.City;
        var sameDistrict = values.GetValueOrDefault(DistrictKey) is not { } district || district == address?.District;
        var provinceFixed = sameCity && sameDistrict && values.ContainsKey(CityKey)
            && values.GetValueOrDefault(ProvinceKey) is { } province && province != address?.Province;
        if (!(provinceFixed || (values.ContainsKey(PlaceOnlyKey) && (sameCity || values.ContainsKey(DistrictKey)))))
        {
            return;
        }

        values.Remove(KeepAddressKey);
        Keep(values, ProvinceWasKey, address?.Province);
        values[DetailKey] = DetailOf(onOrder, address) ?? CompactText.Of(address?.Detail ?? onOrder);
        Keep(values, ProvinceKey, address?.Province);
        Keep(values, CityKey, address?.City);
        if (sameCity)
        {
            Keep(values, DistrictKey, address?.District);
        }

        if (!values.ContainsKey(NameKey) && !values.ContainsKey(MobileKey) && !values.ContainsKey(WantNameKey) && !values.ContainsKey(WantMobileKey))
        {
            values[KeepContactKey] = "yes";
        }
    }

    /// <summary>"后面不变", "别的都不变", "后面的地址都一样", "详细地址没错", "街道门牌不用改": what follows the place stays as on the order.</summary>
    [GeneratedRegex("(?:后面|后边|后头|其余|其他|其它|别的|剩下)(?:的)?(?:地址|部分|信息)?(?:都|也)?(?:不变|没变|不用改|不用动|不动|照旧|一样|没错|对的|是对的|照原来)|(?:详细地址|街道|门牌|小区)(?:门牌|地址)?(?:号)?(?:都|也)?(?:不变|一样|没错|不用改|不动|是对的)")]
    private static partial Regex RestKept();
}
