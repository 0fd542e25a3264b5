using System.Globalization;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Bot.Reports;

/// <summary>The Shanghai dates a report covers, both included.</summary>
public sealed record ReportRange(DateOnly From, DateOnly To)
{
    public string FromText => From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string ToText => To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Midnight starting <see cref="From"/>, as an instant.</summary>
    public DateTimeOffset Start => ShanghaiTime.StartOf(From);

    /// <summary>Midnight ending <see cref="To"/>, as an instant.</summary>
    public DateTimeOffset End => ShanghaiTime.StartOf(To.AddDays(1));

    public bool Contains(DateOnly day) => day >= From && day <= To;

    public IEnumerable<DateOnly> Days()
    {
        for (var day = From; day <= To; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    /// <summary>Reads <c>from</c> and <c>to</c> (YYYY-MM-DD); the error says, in Chinese, what is wrong.</summary>
    public static (ReportRange? Range, string? Error) Parse(string? from, string? to, int maxDays)
    {
        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
        {
            return (null, "请同时给出开始日期 from 和结束日期 to，格式为 YYYY-MM-DD，例如 from=2026-11-01&to=2026-11-30。");
        }

        if (!TryDate(from, out var start))
        {
            return (null, "开始日期 from 不是有效日期：应为 YYYY-MM-DD 格式的真实日期，例如 2026-11-01。");
        }

        if (!TryDate(to, out var end))
        {
            return (null, "结束日期 to 不是有效日期：应为 YYYY-MM-DD 格式的真实日期，例如 2026-11-30。");
        }

        if (end < start)
        {
            return (null, "结束日期 to 早于开始日期 from，请调换或重新选择。");
        }

        var days = end.DayNumber - start.DayNumber + 1;
        return days > maxDays
            ? (null, $"一次最多统计 {maxDays} 天，所选范围有 {days} 天，请缩短范围。")
            : (new ReportRange(start, end), null);
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
