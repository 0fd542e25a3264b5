using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "别跟我亲来亲去", "别叫我亲": a buyer who refuses being called 亲 is not called so again in this conversation; the
/// word is taken out of every line sent to them, the rest of the line unchanged.
/// </summary>
public static partial class PlainAddress
{
    /// <summary>True when the buyer's words refuse the endearment.</summary>
    public static bool Refused(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Refusal().IsMatch(text.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    /// <summary>The line without "亲" used as a form of address ("好的亲，" → "好的，", "亲，" → "").</summary>
    public static string Strip(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var stripped = Opening().Replace(line, string.Empty);
        return Inside().Replace(stripped, string.Empty);
    }

    [GeneratedRegex("(?:别|不要|不用|少)(?:跟我|和我|对我|给我)?(?:叫我?|喊我?|说)?亲|亲来亲去|亲什么亲|亲个?(?:屁|毛|头)|谁是你亲|谁跟你亲")]
    private static partial Regex Refusal();

    /// <summary>"亲，" or "亲～" opening a line.</summary>
    [GeneratedRegex("^亲[，,～~！!]")]
    private static partial Regex Opening();

    /// <summary>"好的亲，", "抱歉亲，", "您好亲～": the address after a word, before its punctuation (never 母亲, 双亲).</summary>
    [GeneratedRegex("(?<![双母父乡相成探省至近])亲(?=[，,。！!～~？?])")]
    private static partial Regex Inside();
}
