using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// The colour or size a buyer wants instead of the one sent ("换成灰的" → 灰色, "我拍的是黑色" → 黑色, "换大一号" →
/// 大一码), read from the trainer-editable <c>knowledge-base/lexicons/wanted-specs.txt</c>: what an exchange record
/// must say so the warehouse sends the right one.
/// </summary>
public sealed partial class WantedSpecs
{
    /// <summary>Buyer words, longest first, with the record's word for each.</summary>
    private readonly IReadOnlyList<(string Word, string Spec)> _words;

    public WantedSpecs(IReadOnlyDictionary<string, string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = [.. words.Select(w => (w.Key, w.Value)).OrderByDescending(w => w.Key.Length)];
    }

    /// <summary>
    /// Reads lines of <c>record word&lt;TAB&gt;buyer words separated by spaces</c>; <c>#</c> starts a comment line.
    /// Every word is folded with <paramref name="fold"/>, the folding buyer messages get, so a trainer may write 灰的 or 灰色 in either script.
    /// </summary>
    public static WantedSpecs Load(string path, Func<string, string> fold)
    {
        ArgumentNullException.ThrowIfNull(fold);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            var said = parts.Length == 2 ? parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            if (parts[0].Trim().Length == 0 || said.Length == 0)
            {
                throw new FormatException($"{path}:{lineNumber}: expected the record's word, a tab, then buyer words separated by spaces.");
            }

            foreach (var word in said)
            {
                words[fold(word)] = parts[0].Trim();
            }
        }

        return new WantedSpecs(words);
    }

    /// <summary>
    /// The record's word for what the buyer asks to get ("要的是灰的", "换成黑色", "改成大一号"), or null. A word the buyer
    /// refuses ("不要黑的") is not wanted; a one-character word counts only where a clause ends or before 的, 色, 吧.
    /// </summary>
    /// <param name="compact">The folded message without spaces.</param>
    public string? Wanted(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        foreach (Match verb in WantVerb().Matches(compact))
        {
            var at = verb.Index + verb.Length;
            foreach (var (word, spec) in _words)
            {
                if (string.CompareOrdinal(compact, at, word, 0, word.Length) == 0
                    && (word.Length > 1 || at + 1 == compact.Length || ClauseGoesOn().IsMatch(compact[(at + 1)..])))
                {
                    return spec;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A colour as the order's title names it when the buyer said it short ("灰色" on a "… 雾霾灰" order is 雾霾灰), so
    /// the record carries the page's name; any other spec as it was.
    /// </summary>
    public string AsTitled(string spec, string title)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(title);
        var core = spec.TrimEnd('色');
        if (core.Length == 0 || title.Contains(spec, StringComparison.Ordinal))
        {
            return spec;
        }

        return _words.Select(w => w.Spec).Distinct(StringComparer.Ordinal).OrderByDescending(named => named.Length)
            .FirstOrDefault(named => named.Length > spec.Length && named.Contains(core, StringComparison.Ordinal) && title.Contains(named.TrimEnd('色'), StringComparison.Ordinal))
            ?? spec;
    }

    // The words before what is wanted; 不要/别要 refuse it.
    [GeneratedRegex("(?<![不别没])(?:要的是|买的是|拍的是|下单的是|选的是|订的是|想要|换成|换个|换回|换|改成|改为|要)")]
    private static partial Regex WantVerb();

    [GeneratedRegex("^(?:的|色|吧|啊|呀|哦|噢|嘛|呢|就行|就好|[,.;!?~，。；！？～])")]
    private static partial Regex ClauseGoesOn();
}
