using System.Globalization;
using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Orders;

/// <summary>
/// Reads the cells of an export. Exports guard long numbers from spreadsheets by writing <c>="123"</c> or a leading
/// apostrophe or tab; those guards are removed before a value is used.
/// </summary>
internal static partial class ExportCells
{
    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd H:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd H:mm",
        "yyyy/M/d H:mm:ss", "yyyy/M/d HH:mm:ss", "yyyy/M/d H:mm", "yyyy/M/d HH:mm",
        "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd",
    ];

    public static string Clean(string? raw)
    {
        var value = (raw ?? string.Empty).Trim().TrimStart('\t', '\'').Trim();
        if (value.StartsWith("=\"", StringComparison.Ordinal) && value.EndsWith('"') && value.Length >= 3)
        {
            value = value[2..^1].Trim();
        }

        return value.Trim('\t', '\'').Trim();
    }

    public static string? Optional(string? raw)
    {
        var value = Clean(raw);
        return value.Length == 0 || value is "null" or "-" or "无" ? null : value;
    }

    public static bool IsOrderNumber(string value) => OrderNumberPattern().IsMatch(value);

    public static bool TryMoney(string? raw, out decimal amount)
    {
        var value = Clean(raw).Replace("¥", string.Empty, StringComparison.Ordinal).Replace("￥", string.Empty, StringComparison.Ordinal)
            .Replace("元", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        if (value.Length == 0)
        {
            amount = 0m;
            return true;
        }

        return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out amount) && amount >= 0m;
    }

    public static bool TryQuantity(string? raw, out int quantity)
    {
        var value = Clean(raw);
        if (value.Length == 0)
        {
            quantity = 1;
            return true;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out quantity) && quantity > 0;
    }

    /// <summary>An empty cell is a missing time (<c>null</c>, true); an unreadable one is false.</summary>
    public static bool TryTime(string? raw, out DateTimeOffset? time)
    {
        var value = Clean(raw);
        time = null;
        if (value.Length == 0)
        {
            return true;
        }

        if (!DateTime.TryParseExact(value, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var wallClock))
        {
            return false;
        }

        time = ShanghaiTime.FromLocal(wallClock);
        return true;
    }

    [GeneratedRegex(@"^[0-9]{18,19}$", RegexOptions.CultureInvariant)]
    private static partial Regex OrderNumberPattern();
}
