using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// A date the buyer named, said back the way the shop writes it: 12月4日（周五）. Times to ship later lie ahead, so
/// a bare weekday or day of month is the next one, not the last one.
/// </summary>
public static partial class SaidDates
{
    private static readonly string[] WeekdayNames = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    /// <summary>12月4日（周五）.</summary>
    public static string Format(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Month}月{date.Day}日（{WeekdayNames[(int)date.DayOfWeek]}）");

    /// <summary>
    /// "下周三以后" → 12月9日（周三）以后, "下个月3号" → 1月3日（周日）; null when the words fix no day (过几天, 月底).
    /// </summary>
    public static string? ShipLater(string when, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(when);
        var today = DateOnly.FromDateTime(now.ToOffset(ShanghaiTime.Offset).DateTime);
        var after = After().Match(when);
        var day = when[..after.Index];
        DateOnly? date = NextMonthDay().Match(day) is { Success: true } m
            ? NextMonth(today, DateMentions.Number(m.Groups["day"].Value), m.Groups["twice"].Success ? 2 : 1)
            : DayOfMonth().Match(day) is { Success: true } dom
                // "5号" said on the 22nd is the 5th of next month.
                ? NextMonth(today, DateMentions.Number(dom.Groups["day"].Value), DateMentions.Number(dom.Groups["day"].Value) >= today.Day ? 0 : 1)
                // A date ahead reads like a deadline: "周五前" is the coming Friday.
                : DateMentions.Find(day + "前", today).FirstOrDefault(d => d.Index == 0 && d.Length == day.Length)?.Date;
        return date is { } found && found >= today ? Format(found) + (after.Success && after.Length > 0 ? "以后" : string.Empty) : null;
    }

    private static DateOnly? NextMonth(DateOnly today, int day, int months)
    {
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(months);
        return day >= 1 && day <= DateTime.DaysInMonth(month.Year, month.Month) ? month.AddDays(day - 1) : null;
    }

    [GeneratedRegex("^(?<day>[0-9]{1,2}|[一二三四五六七八九十]+)(号|日)$")]
    private static partial Regex DayOfMonth();

    [GeneratedRegex("(之?后|以后)?$")]
    private static partial Regex After();

    [GeneratedRegex("^下(?<twice>下)?个?月(?<day>[0-9]{1,2}|[一二三四五六七八九十]+)(号|日)$")]
    private static partial Regex NextMonthDay();
}
