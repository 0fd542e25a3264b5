using System.Globalization;
using System.Text;
using ShopBot.Bot.Reports.Contracts;

namespace ShopBot.Bot.Reports;

/// <summary>
/// The summary as CSV for a spreadsheet: one row per day and a total row, with Chinese headers; UTF-8 with a byte
/// order mark so that Excel reads the Chinese. Every cell is a date or a number, so no cell can be read as a formula.
/// </summary>
public static class ReportCsv
{
    public const string Header = "日期,会话数,机器人解决,转人工,排队放弃,未解决,进行中,机器人回合";

    public static byte[] Write(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        foreach (var day in summary.Days)
        {
            Row(csv, day.Date, day.Conversations, day.ResolvedByBot, day.HandedOff, day.Abandoned, day.Unresolved, day.Open, day.Turns);
        }

        Row(csv, "合计", summary.Conversations, summary.ResolvedByBot, summary.HandedOff, summary.Abandoned, summary.Unresolved, summary.Open, summary.Turns);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Row(StringBuilder csv, string first, params int[] counts) =>
        csv.Append(first).Append(',').AppendJoin(',', counts.Select(c => c.ToString(CultureInfo.InvariantCulture))).Append("\r\n");
}
