using System.Text.RegularExpressions;

namespace ShopBot.Bot.Hosting;

/// <summary>Masks buyers' phone numbers and street addresses in text bound for logs.</summary>
public static partial class SensitiveText
{
    public const string AddressMask = "[地址已隐藏]";

    /// <summary>Mobile numbers keep their first 3 and last 4 digits (<c>138****5678</c>); landlines and addresses are replaced.</summary>
    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var masked = Mobile().Replace(text, m => m.Groups["head"].Value + "****" + m.Groups["tail"].Value);
        masked = Landline().Replace(masked, "[电话已隐藏]");
        return Address().Replace(masked, AddressMask);
    }

    // Spaces or dashes inside the number are a common way to write (or dodge) it.
    [GeneratedRegex(@"(?<![0-9])(?:\+?86[\s-]?)?(?<head>1[3-9][0-9])[\s-]?[0-9]{4}[\s-]?(?<tail>[0-9]{4})(?![0-9])")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"(?<![0-9])0[1-9][0-9]{1,2}[\s-]?[0-9]{7,8}(?![0-9])")]
    private static partial Regex Landline();

    // A run that names an administrative area (province ... town) and then a street-level part (road, lane, number, room).
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}A-Za-z0-9#-]*(?:省|市|区|县|镇|乡|自治州)[\p{IsCJKUnifiedIdeographs}A-Za-z0-9#-]*?(?:路|街|道|巷|弄|胡同|村|号|栋|幢|单元|室|楼|小区|花园)[\p{IsCJKUnifiedIdeographs}A-Za-z0-9#-]*")]
    private static partial Regex Address();
}
