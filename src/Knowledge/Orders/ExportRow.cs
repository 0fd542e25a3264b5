namespace ShopBot.Knowledge.Orders;

/// <summary>One data row of the export with its columns found by name; a column the file lacks reads as empty.</summary>
internal sealed class ExportRow(string[] cells, IReadOnlyDictionary<string, int> columns, int line)
{
    public int Line => line;

    public string this[string column] =>
        columns.TryGetValue(column, out var index) && index < cells.Length ? cells[index] : string.Empty;
}
