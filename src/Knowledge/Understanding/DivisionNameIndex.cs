using System.Collections.Frozen;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// Many division names by their first character, so that finding the first of 340 cities or 2,500 districts in a
/// message costs one look-up per character of the message instead of one search per name.
/// </summary>
internal sealed class DivisionNameIndex
{
    private readonly FrozenDictionary<char, (string Form, string Name, bool IsShort)[]> _byFirst;

    public DivisionNameIndex(IEnumerable<DivisionName> names, bool withShort = true)
    {
        var forms = new List<(string Form, string Name, bool IsShort)>();
        foreach (var name in names)
        {
            forms.Add((name.Full, name.Full, false));
            if (withShort && name.Short is { } shortForm)
            {
                forms.Add((shortForm, name.Full, true));
            }
        }

        _byFirst = forms.GroupBy(f => f.Form[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(f => f.Form.Length).ToArray());
    }

    /// <summary>The first name found at or after <paramref name="from"/>, the longest form at that place.</summary>
    public (string Name, int Index, int End, bool IsShort)? First(string text, int from, bool allowShort)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!_byFirst.TryGetValue(text[i], out var candidates))
            {
                continue;
            }

            foreach (var (form, name, isShort) in candidates)
            {
                if ((allowShort || !isShort) && text.AsSpan(i).StartsWith(form, StringComparison.Ordinal)
                    && !(isShort && AddressReader.EndsLikeDistrict(text, i + form.Length)) && !AddressReader.NamesStreet(text, i + form.Length))
                {
                    return (name, i, i + form.Length, isShort);
                }
            }
        }

        return null;
    }
}
