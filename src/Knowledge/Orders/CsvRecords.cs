using System.Text;

namespace ShopBot.Knowledge.Orders;

/// <summary>
/// Splits CSV text into records (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes). It is lenient
/// where exports are not strict: a quote inside an unquoted field, as in <c>="3615..."</c>, is kept as text.
/// Each record carries the 1-based line it starts on, for reporting.
/// </summary>
public static class CsvRecords
{
    public static IEnumerable<(int Line, string[] Cells)> Parse(string text)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var atCellStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when atCellStart:
                    quoted = true;
                    atCellStart = false;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    atCellStart = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    yield return (recordLine, cells.ToArray());
                    cells.Clear();
                    cell.Clear();
                    atCellStart = true;
                    line++;
                    recordLine = line;
                    break;
                default:
                    cell.Append(c);
                    atCellStart = false;
                    break;
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            yield return (recordLine, cells.ToArray());
        }
    }

    /// <summary>Quotes a value for writing when it holds a comma, quote or line break.</summary>
    public static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
