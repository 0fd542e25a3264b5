using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// Finding the province, city and district of an address. A division's name inside a street's name ("中山西路",
/// "南京东路", "上海路") names no place, and a province word after a city or district already named ("南京市鼓楼区上海路")
/// is a street's; a county-level city written right after its province ("浙江义乌") or its prefecture ("云南大理市") is
/// the district.
/// </summary>
internal sealed partial class AddressReader
{
    private Place FindPlace(string text, bool addressContext, IReadOnlyList<string> knownAddresses)
    {
        var province = Earliest(divisions.ProvinceNames, text, 0, allowShort: true);
        if (province is { } named && FirstFullCityOrDistrict(text) < named.Index)
        {
            province = null;
        }

        var shortOk = addressContext || province is { IsShort: false };
        var city = province is null
            ? Indexed(divisions.CityIndex, text, 0, allowShort: shortOk)
            : Earliest(divisions.CityNamesByProvince[province.Value.Name], text, province.Value.End, allowShort: true);
        if (province is { IsShort: true } && city is null && !addressContext)
        {
            province = null;
        }

        string? provinceName = province?.Name;
        string? cityName = city?.Name;
        if (cityName is null && provinceName is not null && divisions.CitiesByProvince[provinceName] is [var only] && only == provinceName)
        {
            cityName = provinceName;
        }

        if (provinceName is null && cityName is not null)
        {
            var owners = divisions.Cities.Where(c => c.City == cityName).Select(c => c.Province).Distinct().ToList();
            provinceName = owners.Count == 1 ? owners[0] : null;
        }

        var from = Math.Max(province?.End ?? 0, city?.End ?? 0);
        Found? district = null;
        string? districtName = null;
        if (cityName is not null && divisions.DistrictNamesByCity.TryGetValue(cityName, out var inCity))
        {
            // "云南大理市": 大理 is the prefecture's short name and 大理市 its county-level city, the district.
            var districtFrom = city is { IsShort: true } shortCity && shortCity.End < text.Length && text[shortCity.End] == '市' ? shortCity.Index : from;
            district = Earliest(inCity, text, districtFrom, allowShort: true);
            districtName = district?.Name;
        }
        else if (provinceName is not null && CountyOf(provinceName, text, from) is { } county)
        {
            district = county;
            districtName = county.Name;
            var owners = divisions.Districts.Where(d => d.Province == provinceName && d.District == county.Name).Select(d => d.City).Distinct().ToList();
            cityName = owners is [var owner] ? owner : null;
        }
        else if (DivisionEnding().IsMatch(text))
        {
            district = Indexed(divisions.LongDistrictIndex, text, from, allowShort: false);
            if (district is not null)
            {
                districtName = district.Value.Name;
                var owners = divisions.Districts.Where(d => d.District == districtName).ToList();
                if (owners.Select(o => o.City).Distinct().Count() > 1)
                {
                    owners = [.. owners.Where(o => knownAddresses.Any(a => a.Contains(o.City, StringComparison.Ordinal) && a.Contains(districtName, StringComparison.Ordinal)))];
                }

                if (owners.Select(o => o.City).Distinct().Count() == 1)
                {
                    cityName ??= owners[0].City;
                    provinceName ??= owners[0].Province;
                }
            }
        }

        if (provinceName is null && cityName is null && districtName is null)
        {
            return new Place(null, null, null, -1);
        }

        var end = new[] { province?.End ?? -1, city?.End ?? -1, district?.End ?? -1 }.Max();
        return new Place(provinceName, cityName, districtName, end);
    }

    /// <summary>Where the first city or district written in full (南京市, 鼓楼区) starts; the text's length when none is.</summary>
    private int FirstFullCityOrDistrict(string text) => Math.Min(
        Indexed(divisions.CityIndex, text, 0, allowShort: false)?.Index ?? text.Length,
        Indexed(divisions.LongDistrictIndex, text, 0, allowShort: false)?.Index ?? text.Length);

    /// <summary>
    /// A district of the province when no city is named: in full anywhere after it, or short right after it
    /// ("浙江义乌稠城街道" is 义乌市).
    /// </summary>
    private Found? CountyOf(string province, string text, int from)
    {
        var names = divisions.DistrictNamesByProvince[province];
        // Two-character names (城区, 郊区) are words of a detail too: only longer ones count anywhere.
        if (Earliest([.. names.Where(n => n.Full.Length >= 3)], text, from, allowShort: false) is { } full)
        {
            return full;
        }

        var at = from;
        while (at < text.Length && text[at] is ' ' or ',' or '、')
        {
            at++;
        }

        foreach (var (name, shortForm) in names)
        {
            if (shortForm is not null && text.AsSpan(at).StartsWith(shortForm, StringComparison.Ordinal) && !EndsLikeDistrict(text, at + shortForm.Length)
                && !NamesStreet(text, at + shortForm.Length))
            {
                return new Found(name, at, at + shortForm.Length, true);
            }
        }

        return null;
    }

    private static Found? Earliest(DivisionName[] names, string text, int from, bool allowShort)
    {
        Found? best = null;
        foreach (var (name, shortForm) in names)
        {
            var at = Occurrence(text, name, from, _ => true);
            var length = name.Length;
            var isShort = false;
            if (at < 0 && allowShort && shortForm is { } shortName)
            {
                var districtLike = name.EndsWith('区') || name.EndsWith('县');
                at = Occurrence(text, shortName, from, end => districtLike || !EndsLikeDistrict(text, end));
                length = shortName.Length;
                isShort = true;
            }

            if (at >= 0 && (best is null || at < best.Value.Index || (at == best.Value.Index && length > best.Value.End - best.Value.Index)))
            {
                best = new Found(name, at, at + length, isShort);
            }
        }

        return best;
    }

    /// <summary>The first place of <paramref name="form"/> at or after <paramref name="from"/> that names no street and passes <paramref name="fits"/>; -1 when none.</summary>
    private static int Occurrence(string text, string form, int from, Func<int, bool> fits)
    {
        for (var at = text.IndexOf(form, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
        {
            var end = at + form.Length;
            if (!NamesStreet(text, end))
            {
                return fits(end) ? at : -1;
            }
        }

        return -1;
    }

    private static Found? Indexed(DivisionNameIndex index, string text, int from, bool allowShort) =>
        index.First(text, from, allowShort) is { } found ? new Found(found.Name, found.Index, found.End, found.IsShort) : null;

    /// <summary>朝阳 followed by 区 is the district 朝阳区, not the city 朝阳市.</summary>
    internal static bool EndsLikeDistrict(string text, int end) => end < text.Length && text[end] is '区' or '县' or '旗';

    /// <summary>
    /// "中山西路", "北京东路", "上海路": a division's name followed by a street word is the street's name; a name that ends
    /// in 区, 县 or 旗 is the district itself ("芝罘区南大街" is 芝罘区 and 南大街).
    /// </summary>
    internal static bool NamesStreet(string text, int end) =>
        end < text.Length && text[end - 1] is not ('区' or '县' or '旗') && StreetAfterName().IsMatch(text.AsSpan(end));

    private readonly record struct Found(string Name, int Index, int End, bool IsShort);

    private sealed record Place(string? Province, string? City, string? District, int End);

    [GeneratedRegex("[区县市旗]")]
    private static partial Regex DivisionEnding();

    [GeneratedRegex("^[东西南北中]?(?:路|大街|大道|街(?!道)|巷|弄|胡同)")]
    private static partial Regex StreetAfterName();
}
