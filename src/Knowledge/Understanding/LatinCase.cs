using System.Text;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// Gives an address read from folded (lower-cased) text its Latin letters back as the buyer wrote them: "望京SOHO T2"
/// stays "望京SOHO T2" in the record the courier reads, not "望京soho t2".
/// </summary>
internal static class LatinCase
{
    public static AddressFacts? Restore(AddressFacts? address, NormalizedText folded, string original)
    {
        if (address?.Detail is not { } detail || !detail.Any(char.IsAsciiLetterLower))
        {
            return address;
        }

        var cased = Cased(folded, original);
        var result = new StringBuilder(detail.Length);
        var from = 0;
        foreach (var token in detail.Split(' '))
        {
            var at = cased.IndexOf(token, from, StringComparison.OrdinalIgnoreCase);
            result.Append(result.Length > 0 ? " " : string.Empty).Append(at >= 0 ? cased.AsSpan(at, token.Length) : token);
            from = at >= 0 ? at + token.Length : from;
        }

        return address with { Detail = result.ToString() };
    }

    /// <summary>The folded text with each Latin letter in the case of the character it was folded from (Ｔ, T → T).</summary>
    private static string Cased(NormalizedText folded, string original)
    {
        var cased = new StringBuilder(folded.Text);
        for (var i = 0; i < cased.Length; i++)
        {
            if (char.IsAsciiLetterLower(cased[i]) && char.IsUpper(original[folded.SourceIndex[i]]))
            {
                cased[i] = char.ToUpperInvariant(cased[i]);
            }
        }

        return cased.ToString();
    }
}
