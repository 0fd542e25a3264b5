using System.Globalization;
using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// Reads dates in buyer text against today: 11月19号, 11.19号, 19号买的, 18号就拍了, 十八号下的单, 昨天, 前天, 3天前, 周五, 上周五, 下周三, 明天.
/// Weeks start on Monday. A bare weekday means the last one up to today, or for a deadline the next one from today.
/// A date followed by 之前/以前/前 or after 必须/要在 is a deadline, and so is one asked to arrive by ("今天能到吗");
/// "今天送到的", "昨天送到了" tell when it came, never a deadline.
/// </summary>
internal static partial class DateMentions
{
    private const string Weekdays = "一二三四五六日天";

    public static IReadOnlyList<DateMention> Find(string text, DateOnly today)
    {
        var found = new List<DateMention>();
        for (var m = DatePattern().Match(text); m.Success; m = m.NextMatch())
        {
            var deadline = DeadlineAfter().IsMatch(text.AsSpan(m.Index + m.Length)) || DeadlineBefore().IsMatch(text.AsSpan(0, m.Index));
            if (Resolve(m, today, deadline) is { } date)
            {
                found.Add(new DateMention(date, m.Index, m.Length, m.Value, deadline));
            }
        }

        return found;
    }

    private static DateOnly? Resolve(Match m, DateOnly today, bool deadline)
    {
        if (m.Groups["month"].Success)
        {
            var month = Number(m.Groups["month"].Value);
            var day = Number(m.Groups["day"].Value);
            var year = today.Year;
            if (day > DateTime.DaysInMonth(year, month))
            {
                return null;
            }

            var date = new DateOnly(year, month, day);
            return deadline || date <= today ? date : date.AddYears(-1);
        }

        if (m.Groups["dom"].Success)
        {
            var day = Number(m.Groups["dom"].Value);
            var month = new DateOnly(today.Year, today.Month, 1);
            if (!deadline && day > today.Day)
            {
                month = month.AddMonths(-1);
            }

            return day <= DateTime.DaysInMonth(month.Year, month.Month) ? month.AddDays(day - 1) : null;
        }

        if (m.Groups["rel"].Success)
        {
            return m.Groups["rel"].Value switch
            {
                "今天" or "今日" => today,
                "昨天" or "昨日" => today.AddDays(-1),
                "前天" => today.AddDays(-2),
                "大前天" => today.AddDays(-3),
                "明天" or "明日" => today.AddDays(1),
                "后天" => today.AddDays(2),
                _ => null,
            };
        }

        if (m.Groups["ago"].Success)
        {
            return today.AddDays(-Number(m.Groups["ago"].Value));
        }

        var weekday = Weekdays.IndexOf(m.Groups["wd"].Value[0], StringComparison.Ordinal) is var w and >= 0 ? Math.Min(w, 6) : Number(m.Groups["wd"].Value) - 1;
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return m.Groups["week"].Value switch
        {
            "上上" => monday.AddDays(weekday - 14),
            "上" => monday.AddDays(weekday - 7),
            "下" => monday.AddDays(weekday + 7),
            // "这周五截止" said on a Sunday: a deadline already past means the coming one.
            "这" or "本" when deadline => monday.AddDays(weekday) is var t && t >= today ? t : t.AddDays(7),
            "这" or "本" => monday.AddDays(weekday),
            _ when deadline => monday.AddDays(weekday) is var d && d >= today ? d : d.AddDays(7),
            _ => monday.AddDays(weekday) is var d && d <= today ? d : d.AddDays(-7),
        };
    }

    /// <summary>An Arabic or a Chinese number up to 99: 19, 十九, 两.</summary>
    public static int Number(string value) =>
        char.IsAsciiDigit(value[0]) ? int.Parse(value, CultureInfo.InvariantCulture) : ChineseNumber(value);

    private static int ChineseNumber(string value)
    {
        const string digits = "零一二三四五六七八九";
        var tens = value.IndexOf('十', StringComparison.Ordinal);
        if (tens < 0)
        {
            return value.Length == 1 && value[0] == '两' ? 2 : digits.IndexOf(value[0], StringComparison.Ordinal);
        }

        var high = tens == 0 ? 1 : digits.IndexOf(value[0], StringComparison.Ordinal);
        var low = tens == value.Length - 1 ? 0 : digits.IndexOf(value[tens + 1], StringComparison.Ordinal);
        return (high * 10) + low;
    }

    [GeneratedRegex(@"(?<![0-9])(?<month>1[0-2]|0?[1-9])(?:月份?|[./-](?=[0-9]{1,2}(?:号|日|买|下|拍|付|的|那|之前|前)))(?<day>3[01]|[12][0-9]|0?[1-9])(?![0-9])(?:号|日)?" +
        @"|(?<month>十[一二]?|[一二三四五六七八九])月(?<day>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?:号|日)" +
        @"|(?<![0-9月./-])(?<dom>3[01]|[12][0-9]|[1-9])(?:号|日)(?=(?:就|才|早就|已经)?(?:买|下|拍|付)|的单|的订单|的那|那|之前|以前|前|要|到|发的|发出的|发了的|寄的|寄出的)" +
        @"|(?<![0-9月./一二三四五六七八九十-])(?<dom>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])号(?=(?:就|才|早就|已经)?(?:买|下|拍|付)|的单|的订单|那单|那天)" +
        @"|(?<rel>大前天|前天|昨天|昨日|今天|今日|明天|明日|后天)" +
        @"|(?<ago>[1-9]|[一二三四五六七八九两])天前(?=买|下|拍|付|的|那)" +
        @"|(?<week>上上|上|下|这|本)?(?:个)?(?:周|星期|礼拜)(?<wd>[一二三四五六日天1-7])", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex("^(?:上午|下午|晚上|中午|早上)?(?:[0-9]{1,2}点)?(?:之前|以前|前|当天|截止|截至|报销|报账|必须|一定|要到|要收到|送到(?![的了过])|(?:就)?要用|要穿|得用|急用|要送人|送人用|来得及|赶得上|赶得及|(?:能|可以|会)(?:送)?(?:到|收到)(?:吗|么|嘛|不|没))|^(?:(?![发到买拍收寄退换就])[^0-9\\s,.;!?，。；！？]){1,6}?(?:就)?(?:要用|要穿|得用|急用|要送人|送人|过生日|生日)")]
    private static partial Regex DeadlineAfter();

    [GeneratedRegex("(必须|最晚|最迟|要在|务必|得在)$")]
    private static partial Regex DeadlineBefore();
}
