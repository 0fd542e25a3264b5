using System.Globalization;
using System.Text;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Finance;

/// <summary>
/// Writes the register as CSV for a spreadsheet: UTF-8 with a byte order mark (so Chinese shows correctly), order
/// numbers written <c>="…"</c> as the seller centre does (so 19 digits are not turned into 3.6E+18), money with two
/// decimals, and a totals line.
/// </summary>
public static class RegisterCsv
{
    /// <summary>The column names finance reads, in Chinese as the shop's own sheet has them.</summary>
    public static readonly string[] Header = ["日期", "订单号", "售后类型", "运费", "退款", "补偿", "处理人", "工单号", "状态", "处理结果"];

    public static void Write(IReadOnlyList<RegisterRow> rows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', Header) + "\r\n");
        foreach (var row in rows)
        {
            Line(writer, row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.OrderNumber is null ? string.Empty : $"=\"{row.OrderNumber}\"",
                CsvRecords.Escape(row.CaseType), Money(row.Postage), Money(row.Refund), Money(row.Compensation),
                CsvRecords.Escape(row.Handler), CsvRecords.Escape(row.CaseId), CsvRecords.Escape(row.Status), CsvRecords.Escape(row.Outcome));
        }

        Line(writer, "合计", string.Empty, string.Empty, Money(rows.Sum(r => r.Postage)), Money(rows.Sum(r => r.Refund)), Money(rows.Sum(r => r.Compensation)), string.Empty, string.Empty, string.Empty, string.Empty);
    }

    public static async Task WriteFileAsync(IReadOnlyList<RegisterRow> rows, string path, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
            {
                Write(rows, writer);
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static void Line(TextWriter writer, params string[] cells) => writer.Write(string.Join(',', cells) + "\r\n");
}
