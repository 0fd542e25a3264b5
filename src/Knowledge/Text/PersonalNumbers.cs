using System.Text;
using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Text;

/// <summary>
/// Finds phone, ID card and bank card numbers however they are written. The patterns run on a digit view of the
/// text, one character for one (full-width digits and Chinese numerals as ASCII digits, full-width separators as
/// ASCII), so a match's place in the view is its place in the original.
/// </summary>
internal static partial class PersonalNumbers
{
    public static string Mask(string text)
    {
        var view = DigitView(text);
        var hidden = new bool[text.Length];
        var any = Hide(Mobile(), view, hidden, _ => true);
        any |= Hide(Landline(), view, hidden, _ => true);
        any |= Hide(IdCard(), view, hidden, _ => true);
        any |= Hide(GroupedCard(), view, hidden, _ => true);
        any |= Hide(LongRun(), view, hidden, _ => true);
        any |= Hide(PlainCard(), view, hidden, match => PassesLuhn(match.Value) || CardLabel().IsMatch(view.AsSpan(Math.Max(0, match.Index - 8), Math.Min(8, match.Index))));
        if (!any)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!hidden[i])
            {
                result.Append(text[i]);
            }
            else if (i == 0 || !hidden[i - 1])
            {
                result.Append(PersonalDataMask.Hidden);
            }
        }

        return result.ToString();
    }

    private static bool Hide(Regex pattern, string view, bool[] hidden, Func<Match, bool> applies)
    {
        var any = false;
        for (var match = pattern.Match(view); match.Success; match = match.NextMatch())
        {
            if (applies(match))
            {
                Array.Fill(hidden, true, match.Index, match.Length);
                any = true;
            }
        }

        return any;
    }

    private static string DigitView(string text) => string.Create(text.Length, text, static (view, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            view[i] = source[i] switch
            {
                >= '０' and <= '９' and var c => (char)('0' + (c - '０')),
                '零' or '〇' or 'Ｏ' => '0',
                '一' or '幺' or '壹' => '1',
                '二' or '两' or '贰' => '2',
                '三' or '叁' => '3',
                '四' or '肆' => '4',
                '五' or '伍' => '5',
                '六' or '陆' => '6',
                '七' or '柒' => '7',
                '八' or '捌' => '8',
                '九' or '玖' => '9',
                'Ｘ' or 'ｘ' => 'X',
                '\u3000' => ' ',
                '－' or '—' or '–' or '‐' or '_' => '-',
                '．' or '。' or '·' or '・' => '.',
                '＋' => '+',
                '（' => '(',
                '）' => ')',
                var c => c,
            };
        }
    });

    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        var count = 0;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (count++ % 2 == 1)
            {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    // 11-digit mobiles with or without +86, in any grouping (3-4-4, 4-3-4, dotted, one digit at a time).
    [GeneratedRegex(@"(?<![0-9])(?:\(?\+?86\)?[-\s.]{0,2})?1[-\s.]{0,2}[3-9](?:[-\s.]{0,2}[0-9]){9}(?![0-9])")]
    private static partial Regex Mobile();

    // Landlines with an area code: 0571-88886666, (0571) 8888 6666, 057188886666.
    [GeneratedRegex(@"(?<![0-9])\(?0[1-9][0-9]{1,2}\)?[-\s.]{0,2}[2-9][0-9]{2,3}[-\s.]{0,2}[0-9]{4}(?![0-9])")]
    private static partial Regex Landline();

    // 18-character ID cards: region, birth date, sequence, check digit (X allowed), spaced or not.
    [GeneratedRegex(@"(?<![0-9])[1-9][0-9]{5}[-\s]{0,2}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[-\s]{0,2}[0-9]{3}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex IdCard();

    [GeneratedRegex(@"(?<![0-9])[0-9]{4}(?:[-\s]{1,2}[0-9]{4}){3}(?:[-\s]{1,2}[0-9]{1,4})?(?![0-9])")]
    private static partial Regex GroupedCard();

    // Longer than any order or tracking number: numbers run together, one of which may be a phone.
    [GeneratedRegex(@"[0-9]{20,}")]
    private static partial Regex LongRun();

    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9]{16,19}(?![0-9A-Za-z])")]
    private static partial Regex PlainCard();

    [GeneratedRegex(@"卡|card", RegexOptions.IgnoreCase)]
    private static partial Regex CardLabel();
}
