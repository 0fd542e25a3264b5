using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// Reads stretches of days in buyer text against today: 11月初, 十一月中旬, 10月底, 11月 (the whole month), 月初, 上个月,
/// 上月底, 这个月初, 上周, 上个礼拜. 初 (also typed 出/处, or 月头, 上旬) is the 1st to the 10th, 中 the 11th to the
/// 20th, 底 (末, 尾, 下旬) the 21st to the month's end. A month or part not yet come this year or month means the last one.
/// Single days (11月19号, 前天, 上周五) are <see cref="DateMentions"/>'.
/// </summary>
internal static partial class PeriodMentions
{
    public static IReadOnlyList<PeriodMention> Find(string text, DateOnly today)
    {
        var found = new List<PeriodMention>();
        for (var m = PeriodPattern().Match(text); m.Success; m = m.NextMatch())
        {
            if (Resolve(m, today) is var (from, to))
            {
                found.Add(new PeriodMention(from, to, m.Index, m.Length, m.Value));
            }
        }

        return found;
    }

    private static (DateOnly From, DateOnly To)? Resolve(Match m, DateOnly today)
    {
        if (m.Groups["week"].Success)
        {
            var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(m.Groups["week"].Value switch { "上上" => -14, "上" => -7, _ => 0 });
            return (monday, monday.AddDays(6));
        }

        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var part = m.Groups["part"].Value;
        DateOnly month;
        if (m.Groups["month"].Success)
        {
            month = new DateOnly(today.Year, DateMentions.Number(m.Groups["month"].Value), 1);
            month = Part(month, part).From > today ? month.AddYears(-1) : month;
        }
        else
        {
            month = thisMonth.AddMonths(m.Groups["rel"].Value switch { "上上" => -2, "上" => -1, _ => 0 });
            // "月底买的" said on the 5th: the end of last month, the only one there has been.
            month = !m.Groups["rel"].Success && Part(month, part).From > today ? month.AddMonths(-1) : month;
        }

        return Part(month, part);
    }

    private static (DateOnly From, DateOnly To) Part(DateOnly month, string part)
    {
        var last = month.AddMonths(1).AddDays(-1);
        return part switch
        {
            "初" or "出" or "处" or "头" or "上旬" => (month, month.AddDays(9)),
            "中" or "中旬" => (month.AddDays(10), month.AddDays(19)),
            "底" or "末" or "尾" or "下旬" => (month.AddDays(20), last),
            _ => (month, last),
        };
    }

    // A bare "月初" needs its part; "11月" alone is the whole month, but never the month of a single day ("11月19号",
    // read before this), nor "11月份的发票". The typed 出/处 count only after a month's number ("11月出买的").
    [GeneratedRegex(@"(?<![0-9./-])(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:(?<part>初|出|处|头|上旬|中旬|中|底|末|尾|下旬)|(?![0-9一二三四五六七八九十]))" +
        "|(?<rel>上上|上|这|本)个?月(?<part>初|头|上旬|中旬|中|底|末|尾|下旬)?" +
        "|(?<![上下这本个0-9一二三四五六七八九十])月(?<part>初|头|上旬|中旬|中|底|末|尾|下旬)" +
        "|(?<week>上上|上|这|本)个?(?:周|星期|礼拜)(?![一二三四五六日天1-7])", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
