using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Text;

/// <summary>
/// Hides personal data before a value reaches a log: phone numbers, e-mail addresses, street addresses and the
/// names after 收货人/收件人; arguments whose name says they hold such data are hidden whole.
/// </summary>
public static partial class PersonalDataMask
{
    public const string Hidden = "***";
    private const int MaxValueLength = 80;

    private static readonly HashSet<string> PersonalArguments = new(StringComparer.OrdinalIgnoreCase)
    {
        "phone", "mobile", "email", "address", "receiver", "receiverName", "name", "title",
    };

    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var masked = Email().Replace(text, Hidden);
        masked = Phone().Replace(masked, Hidden);
        masked = Street().Replace(masked, Hidden);
        masked = Region().Replace(masked, Hidden);
        return ReceiverName().Replace(masked, m => m.Groups["label"].Value + Hidden);
    }

    /// <summary>One line for a log: <c>name=value</c> pairs, personal values hidden, long ones cut.</summary>
    public static string Arguments(IEnumerable<KeyValuePair<string, object?>> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return string.Join(", ", arguments.Select(a => $"{a.Key}={Value(a.Key, a.Value)}"));
    }

    private static string Value(string name, object? value)
    {
        var text = value switch
        {
            null => "null",
            _ when PersonalArguments.Contains(name) => Hidden,
            string s => Mask(s),
            IEnumerable items => $"[{items.Cast<object?>().Count()} items]",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => Mask(value.ToString() ?? string.Empty),
        };
        return text.Length <= MaxValueLength ? text : text[..MaxValueLength] + "…";
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    // Mobile numbers (with or without +86 and separators) and landlines with an area code.
    [GeneratedRegex(@"(?<!\d)(\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)|(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")]
    private static partial Regex Phone();

    // A place name followed, within a short span, by a house, building or room number.
    [GeneratedRegex(@"[\u4e00-\u9fff]{1,10}(省|市|区|县|镇|乡|村|街道|路|街|巷|弄|小区|大厦)[\u4e00-\u9fff0-9A-Za-z\-#]{0,20}?\d+\s*(号|栋|幢|单元|室|楼|弄)([\u4e00-\u9fff0-9\-#]{0,10}?\d+\s*(号|栋|幢|单元|室|楼))*")]
    private static partial Regex Street();

    [GeneratedRegex(@"[\u4e00-\u9fff]{2,8}(省|自治区)[\u4e00-\u9fff]{2,8}(市|州)[\u4e00-\u9fff]{0,12}(区|县|市)?")]
    private static partial Regex Region();

    [GeneratedRegex(@"(?<label>(收货人|收件人|联系人|姓名)[:：\s]*)[\u4e00-\u9fff]{2,4}")]
    private static partial Regex ReceiverName();
}
