using System.Globalization;
using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Entities;

/// <summary>Sums of money with a sign or a currency word: ¥50, 50元, 30块, 12.5块钱, 五十块, 一百元.</summary>
internal static partial class AmountReader
{
    public static IReadOnlyList<decimal> Read(string compact)
    {
        var amounts = new List<decimal>();
        for (var m = Amount().Match(compact); m.Success; m = m.NextMatch())
        {
            if (m.Groups["c"].Value is "一" or "两" && m.Groups["u"].Value == "块")
            {
                continue;
            }

            var value = m.Groups["n"].Success
                ? decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)
                : ChineseAmount(m.Groups["c"].Value);
            if (value > 0 && !amounts.Contains(value))
            {
                amounts.Add(value);
            }
        }

        return amounts;
    }

    /// <summary>"五十" → 50, "一百二" is not read (a tail without its unit): tens and hundreds said in full.</summary>
    internal static decimal ChineseAmount(string text)
    {
        const string digits = "零一二三四五六七八九";
        decimal total = 0;
        decimal current = 0;
        foreach (var c in text)
        {
            var d = c == '两' ? 2 : digits.IndexOf(c, StringComparison.Ordinal);
            if (d >= 0)
            {
                current = d;
                continue;
            }

            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 1 };
            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }

        return total + current;
    }

    [GeneratedRegex(@"(?:¥|rmb|人民币)(?<n>[0-9]{1,6}(?:\.[0-9]{1,2})?)(?![0-9])|(?<![0-9.])(?<n>[0-9]{1,6}(?:\.[0-9]{1,2})?)(?:元|块钱|块|rmb)|(?<c>[一二两三四五六七八九十百千]{1,6})(?<u>元|块钱|块)(?!钱?[0-9一二三四五六七八九儿])")]
    private static partial Regex Amount();
}
