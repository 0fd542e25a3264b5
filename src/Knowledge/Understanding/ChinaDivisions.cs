using System.Collections.Frozen;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// GB/T 2260 provinces, cities and districts, read from <c>knowledge-base/lexicons/china-divisions.tsv</c> (generated
/// by <c>scripts/generate-china-divisions.mjs</c>). A municipality is its own city: 北京市, 北京市, 朝阳区.
/// </summary>
public sealed class ChinaDivisions
{
    public ChinaDivisions(IEnumerable<(string Province, string City, string District)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToList();
        Provinces = list.Select(r => r.Province).Distinct(StringComparer.Ordinal).ToList();
        Cities = list.Select(r => (r.Province, r.City)).Distinct().ToList();
        Districts = list;
        CitiesByProvince = Cities.GroupBy(c => c.Province, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(c => c.City)], StringComparer.Ordinal);
        DistrictsByCity = list.GroupBy(r => r.City, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<(string Province, string City, string District)>)[.. g], StringComparer.Ordinal);
        ProvinceNames = Named(Provinces);
        CityIndex = new DivisionNameIndex(Named(Cities.Select(c => c.City).Distinct(StringComparer.Ordinal)));
        CityNamesByProvince = CitiesByProvince.ToFrozenDictionary(p => p.Key, p => Named(p.Value), StringComparer.Ordinal);
        DistrictNamesByCity = DistrictsByCity.ToFrozenDictionary(c => c.Key, c => Named(c.Value.Select(d => d.District).Distinct(StringComparer.Ordinal)), StringComparer.Ordinal);
        DistrictNamesByProvince = list.GroupBy(r => r.Province, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => Named(g.Select(d => d.District).Distinct(StringComparer.Ordinal)), StringComparer.Ordinal);
        LongDistrictIndex = new DivisionNameIndex(Named(list.Select(r => r.District).Where(d => d.Length >= 3).Distinct(StringComparer.Ordinal)), withShort: false);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in Provinces.Concat(Cities.Select(c => c.City)).Concat(list.Select(r => r.District)))
        {
            for (var length = 2; length <= name.Length; length++)
            {
                words.Add(name[..length]);
            }
        }

        NamePrefixes = words.ToFrozenSet(StringComparer.Ordinal);
        Names = Provinces.Concat(Cities.Select(c => c.City)).Concat(list.Select(r => r.District))
            .SelectMany(n => new[] { n, ShortName(n) }).OfType<string>().ToFrozenSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Provinces { get; }

    public IReadOnlyList<(string Province, string City)> Cities { get; }

    public IReadOnlyList<(string Province, string City, string District)> Districts { get; }

    internal FrozenDictionary<string, IReadOnlyList<string>> CitiesByProvince { get; }

    internal FrozenDictionary<string, IReadOnlyList<(string Province, string City, string District)>> DistrictsByCity { get; }

    internal DivisionName[] ProvinceNames { get; }

    internal DivisionNameIndex CityIndex { get; }

    internal FrozenDictionary<string, DivisionName[]> CityNamesByProvince { get; }

    internal FrozenDictionary<string, DivisionName[]> DistrictNamesByCity { get; }

    /// <summary>Every district of each province, for a county-level city written after its province alone (浙江义乌).</summary>
    internal FrozenDictionary<string, DivisionName[]> DistrictNamesByProvince { get; }

    /// <summary>District names of three characters or more, searched when no city is named.</summary>
    internal DivisionNameIndex LongDistrictIndex { get; }

    /// <summary>Every beginning of two characters or more of every name: 浦东 and 浦东新 of 浦东新区.</summary>
    internal FrozenSet<string> NamePrefixes { get; }

    /// <summary>Every name in full and short (浦东新区, 浦东): a word that is one names a place, never a person.</summary>
    internal FrozenSet<string> Names { get; }

    private static DivisionName[] Named(IEnumerable<string> names) => [.. names.Select(n => new DivisionName(n, ShortName(n)))];

    /// <summary>Reads lines of <c>code&lt;TAB&gt;province&lt;TAB&gt;city&lt;TAB&gt;district</c>; <c>#</c> starts a comment line.</summary>
    public static ChinaDivisions Load(string path)
    {
        var rows = new List<(string, string, string)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 4 || parts.Skip(1).Any(p => p.Length == 0))
            {
                throw new FormatException($"{path}:{lineNumber}: expected code, province, city and district separated by tabs.");
            }

            rows.Add((parts[1], parts[2], parts[3]));
        }

        return new ChinaDivisions(rows);
    }

    /// <summary>
    /// The province of the first province or city named in the text, full or short ("广东省 广州市 …", "我在武汉"):
    /// where a parcel goes, for the days it takes. Null when none is named.
    /// </summary>
    public string? ProvinceNamedIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        (int At, string Province)? first = null;
        foreach (var (province, name) in ProvinceNames.Select(p => (p.Full, p)).Concat(Cities.Select(c => (c.Province, new DivisionName(c.City, ShortName(c.City))))))
        {
            var at = IndexOf(text, name);
            if (at >= 0 && (first is null || at < first.Value.At))
            {
                first = (at, province);
            }
        }

        return first?.Province;
    }

    private static int IndexOf(string text, DivisionName name)
    {
        var full = text.IndexOf(name.Full, StringComparison.Ordinal);
        return full >= 0 || name.Short is null ? full : text.IndexOf(name.Short, StringComparison.Ordinal);
    }

    /// <summary>The name without its 省/市/区/县/自治区… ending, as buyers write it (浙江, 杭州, 浦东); null when too short.</summary>
    internal static string? ShortName(string name)
    {
        foreach (var ending in Endings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = name[..^ending.Length];
                if (ending is "自治区" or "自治州" or "自治县")
                {
                    stem = stem.StartsWith("内蒙古", StringComparison.Ordinal) ? "内蒙古" : stem[..Math.Min(2, stem.Length)];
                }

                return stem.Length >= 2 ? stem : null;
            }
        }

        return null;
    }

    private static readonly string[] Endings = ["自治区", "自治州", "自治县", "特别行政区", "新区", "地区", "林区", "省", "市", "区", "县", "盟", "旗"];
}
