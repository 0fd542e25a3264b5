using ShopBot.Knowledge.Evaluation;

namespace ShopBot.Knowledge.Orders;

/// <summary>
/// Reads the seller centre's order report (订单报表 CSV). A file without the required columns is refused as a
/// whole (<see cref="InputFileException"/>); a row that cannot be read is left out and reported with its line
/// and the reason, and every other row is kept.
/// </summary>
public static class OrderExportReader
{
    public static async Task<OrderImport> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var bytes = await File.ReadAllBytesAsync(Existing(path), cancellationToken).ConfigureAwait(false);
        return Read(bytes, path);
    }

    public static OrderImport ReadFile(string path) => Read(File.ReadAllBytes(Existing(path)), path);

    public static OrderImport Read(ReadOnlySpan<byte> content, string source)
    {
        var (text, encodingName) = ExportEncoding.Decode(content);
        using var records = CsvRecords.Parse(text.TrimStart('\uFEFF')).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new InputFileException($"{source}: the file is empty.");
        }

        var columns = MapHeader(records.Current.Cells, source);
        var orders = new List<Order>();
        var problems = new List<ImportProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = 0;
        while (records.MoveNext())
        {
            var (line, record) = records.Current;
            if (record.All(cell => ExportCells.Clean(cell).Length == 0))
            {
                continue;
            }

            rows++;
            var row = new ExportRow(record, columns, line);
            var order = OrderRowReader.Read(row, problems);
            if (order is null)
            {
                continue;
            }

            if (!seen.Add(order.OrderNumber))
            {
                problems.Add(new ImportProblem(row.Line, order.OrderNumber, "the order number appears twice; the first row is kept."));
                continue;
            }

            orders.Add(order);
        }

        return rows > 0
            ? new OrderImport(source, encodingName, rows, orders, problems)
            : throw new InputFileException($"{source}: the header is there but no order rows follow.");
    }

    private static Dictionary<string, int> MapHeader(string[] header, string source)
    {
        var names = header.Select(h => ExportCells.Clean(h.Trim('\uFEFF'))).ToArray();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            columns.TryAdd(names[i], i);
        }

        // An alias fills a column only when the file lacks the canonical name (exports carry both 买家留言 and 订单备注).
        for (var i = 0; i < names.Length; i++)
        {
            if (ExportColumns.Aliases.TryGetValue(names[i], out var canonical))
            {
                columns.TryAdd(canonical, i);
            }
        }

        var missing = ExportColumns.Required.Where(c => !columns.ContainsKey(c)).ToList();
        return missing.Count == 0
            ? columns
            : throw new InputFileException($"{source}: not a Taobao order report: missing column(s) {string.Join(", ", missing)}.");
    }

    private static string Existing(string path) =>
        File.Exists(path) ? path : throw new InputFileException($"{path}: no such file.");
}
