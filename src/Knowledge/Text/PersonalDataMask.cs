using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Text;

/// <summary>
/// Hides personal data before a value reaches a log: phone numbers (mobile and landline, in any digits: ASCII,
/// full-width or Chinese numerals, spaced, dotted or dashed), ID card and bank card numbers, e-mail addresses, street
/// addresses (Arabic or Chinese house numbers, spaced or not) and the names after 收货人/收件人/我叫 and similar;
/// arguments whose name says they hold such data are hidden whole. Order numbers and tracking numbers stay readable
/// unless they are shaped like one of these: an 18-digit run that reads as an ID card, 16–19 digits in groups of four,
/// after 卡号/银行卡, or passing the bank cards' Luhn check, and any run of 20 digits or more, are hidden too (masking
/// more is safer).
/// Every pattern is declared with <see cref="GeneratedRegexAttribute"/>; the ones over Chinese text run without
/// backtracking, the number patterns have bounded repetition, so masking is linear in the text's length.
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
        masked = PersonalNumbers.Mask(masked);
        masked = Street().Replace(masked, Hidden);
        masked = Region().Replace(masked, Hidden);
        masked = CityDistrict().Replace(masked, Hidden);
        return Name().Replace(masked, m => m.Groups["label"].Value + Hidden);
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

    [GeneratedRegex(@"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,8}\.[A-Za-z]{2,24}")]
    private static partial Regex Email();

    // A place name followed, within a short span, by a house, building or room number in Arabic, full-width or Chinese numerals.
    [GeneratedRegex(@"[\u4e00-\u9fff]{1,10}(?:省|市|区|县|镇|乡|村|街道|路|街|巷|弄|小区|大厦|花园|公寓|苑|园)[\u4e00-\u9fff0-9０-９A-Za-z\-#\s]{0,24}?[0-9０-９零〇一二三四五六七八九十百千两]{1,6}\s*(?:号|栋|幢|单元|室|楼|弄|层)(?:[\u4e00-\u9fff0-9０-９\-#\s]{0,10}?[0-9０-９零〇一二三四五六七八九十百千两]{1,6}\s*(?:号|栋|幢|单元|室|楼|层))*", RegexOptions.NonBacktracking)]
    private static partial Regex Street();

    [GeneratedRegex(@"[\u4e00-\u9fff]{2,8}(?:省|自治区)\s*[\u4e00-\u9fff]{2,8}?(?:市|州|盟)\s*(?:[\u4e00-\u9fff]{1,12}?(?:区|县|市|旗))?", RegexOptions.NonBacktracking)]
    private static partial Regex Region();

    // A city and its district together narrow a buyer down; a city alone ("我在杭州市") does not.
    [GeneratedRegex(@"[\u4e00-\u9fff]{2,6}市\s*[\u4e00-\u9fff]{1,8}?(?:区|县)", RegexOptions.NonBacktracking)]
    private static partial Regex CityDistrict();

    [GeneratedRegex(@"(?<label>(?:收货人|收件人|联系人|收件姓名|姓名|名字[是叫]?|我叫|本人|寄给|称呼)[:：\s]*)[\u4e00-\u9fff·]{2,4}", RegexOptions.NonBacktracking)]
    private static partial Regex Name();
}
