using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "最后一位是K", "倒数第二位是3", "第5位应该是8": a change to one character of the tax number already given, which is
/// applied to that number (valid or not) and checked again, never read as a new number or a new request.
/// </summary>
public static partial class TaxNumberEdit
{
    private const string Numerals = "一二三四五六七八九十";

    /// <summary>The number with the named character replaced, upper-cased, or null when the text names no such change.</summary>
    public static string? Apply(string current, string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(normalizedText);
        var compact = CompactText.Of(normalizedText);
        if (Edit().Match(compact) is not { Success: true } edit)
        {
            return null;
        }

        var index = edit.Groups["last"].Success ? current.Length - 1
            : edit.Groups["fromEnd"].Success ? current.Length - Number(edit.Groups["fromEnd"].Value)
            : Number(edit.Groups["at"].Value) - 1;
        if (index < 0 || index >= current.Length)
        {
            return null;
        }

        var character = char.ToUpperInvariant(edit.Groups["to"].Value[0]);
        return string.Concat(current.AsSpan(0, index), character.ToString(), current.AsSpan(index + 1));
    }

    /// <summary>True when the text changes one character of a tax number ("最后一位是K"), so it picks no order.</summary>
    public static bool IsEdit(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return Edit().IsMatch(CompactText.Of(normalizedText));
    }

    private static int Number(string written) =>
        int.TryParse(written, out var n) ? n
        : written switch
        {
            "十" => 10,
            { Length: 2 } when written[0] == '十' => 10 + Numerals.IndexOf(written[1], StringComparison.Ordinal) + 1,
            { Length: 1 } => Numerals.IndexOf(written[0], StringComparison.Ordinal) + 1,
            _ => 0,
        };

    [GeneratedRegex("(?:(?<last>最后一位|最后1位|末位|末尾一位|最后一个(?:字母|数字|字符)?)|倒数第(?<fromEnd>[0-9]{1,2}|十?[一二三四五六七八九]|十)(?:位|个)|第(?<at>[0-9]{1,2}|十?[一二三四五六七八九]|十)(?:位|个))(?:数字|字母|字符)?(?:应该|其实|正确的)?(?:是|为|改成|改为|换成|写)(?<to>[0-9a-z])(?![0-9a-z])")]
    private static partial Regex Edit();
}
