using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "不是科技 是贸易", "把科技改成贸易", "科技改为贸易": a change to a few characters of the invoice title already given,
/// applied to that title, never read as a new request or another topic. Only a part the title holds is replaced.
/// </summary>
public static partial class TitleWordEdit
{
    /// <summary>The title with the named part replaced, or null when the text names no change to a part it holds.</summary>
    public static string? Apply(string title, string compactText)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(compactText);
        var edit = NotButIs().Match(compactText) is { Success: true } said ? said : ChangeTo().Match(compactText);
        if (!edit.Success)
        {
            return null;
        }

        var from = edit.Groups["from"].Value;
        var to = edit.Groups["to"].Value;
        var at = title.IndexOf(from, StringComparison.Ordinal);
        if (at < 0 || from == to || title.IndexOf(from, at + 1, StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        return string.Concat(title.AsSpan(0, at), to, title.AsSpan(at + from.Length));
    }

    [GeneratedRegex("^(?:抬头)?(?:不对)?[，,。 ]*不是(?<from>[\\p{IsCJKUnifiedIdeographs}A-Za-z0-9]{1,8}?)[，,。 ]*(?:而)?是(?<to>[\\p{IsCJKUnifiedIdeographs}A-Za-z0-9]{1,8}?)(?:的|才对|哈|啊|呀)?[。！!]*$")]
    private static partial Regex NotButIs();

    [GeneratedRegex("^(?:抬头)?(?:里的?)?(?:把)?(?<from>[\\p{IsCJKUnifiedIdeographs}A-Za-z0-9]{1,8}?)(?:两个字|二字)?(?:改成|改为|换成|应该是)(?<to>[\\p{IsCJKUnifiedIdeographs}A-Za-z0-9]{1,8}?)(?:的|才对|哈|啊|呀)?[。！!]*$")]
    private static partial Regex ChangeTo();
}
