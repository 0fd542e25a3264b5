namespace ShopBot.Knowledge.Entities;

/// <summary>
/// What buyers call a product ("杯子", "袜子", "被套") and the title words it stands for ("保温杯", "中筒袜", "四件套"),
/// read from the trainer-editable <c>knowledge-base/lexicons/product-synonyms.txt</c>, and the everyday words that
/// merely contain a short product word ("包裹", "包邮" beside "包"), which never name a product.
/// </summary>
public sealed class ProductLexicon(
    IReadOnlyDictionary<string, IReadOnlyList<string>> synonyms,
    IReadOnlyList<string>? notProducts = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? partOf = null)
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Synonyms { get; } = synonyms;

    /// <summary>Words to blank out before product words are looked for: "包裹" is the parcel, not a bag.</summary>
    public IReadOnlyList<string> NotProducts { get; } = notProducts ?? [];

    /// <summary>A piece sold on its own and also inside a set ("枕套" in a "四件套"), and the title words of those sets.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PartOf { get; } = partOf ?? new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// True when the piece comes inside the set a title names: "补发一个枕套就行" from a buyer whose bedding set came a
    /// pillowcase short speaks of the set's order.
    /// </summary>
    public bool ComesInside(string piece, string foldedTitle) =>
        PartOf.TryGetValue(piece, out var sets) && sets.Any(w => foldedTitle.Contains(w, StringComparison.Ordinal));

    /// <summary>
    /// Every word of two or more characters that names a product (the buyer's words and the title words they stand
    /// for), longest first: what tells "保温杯漏水了" names a product even when none of the buyer's orders holds one.
    /// "儿童" describes who a product is for and "袋子" is as often the parcel's bag, so neither names one alone.
    /// </summary>
    public IReadOnlyList<string> ProductWords => _productWords ??= [.. Synonyms.Keys.Concat(Synonyms.Values.SelectMany(w => w))
        .Where(w => w.Length >= 2 && w is not ("儿童" or "袋子")).Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length)];

    private IReadOnlyList<string>? _productWords;

    /// <summary>
    /// True when a word names goods ("保温杯", "杯子", "t恤那单"), not a colour, a material or a feature a title shares
    /// ("白色", "珊瑚绒", "三档调光").
    /// </summary>
    public bool NamesGoods(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Synonyms.ContainsKey(word) || ProductWords.Any(w => word.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>
    /// The <see cref="ProductWords"/> the text holds, in their order (longest first). Only the words starting with a
    /// character of the text are looked for: a line is read against a few words, not the whole lexicon.
    /// </summary>
    public IReadOnlyList<string> ProductWordsIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = ProductWords;
        var byFirst = _byFirstCharacter ??= words.Select((w, i) => (w, i)).GroupBy(x => x.w[0]).ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray());
        List<int>? candidates = null;
        foreach (var c in text)
        {
            if (byFirst.TryGetValue(c, out var indexes))
            {
                (candidates ??= []).AddRange(indexes);
            }
        }

        if (candidates is null)
        {
            return [];
        }

        candidates.Sort();
        var found = new List<string>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if ((i == 0 || candidates[i] != candidates[i - 1]) && text.Contains(words[candidates[i]], StringComparison.Ordinal))
            {
                found.Add(words[candidates[i]]);
            }
        }

        return found;
    }

    private Dictionary<char, int[]>? _byFirstCharacter;

    /// <summary>
    /// Reads lines of <c>buyer word&lt;TAB&gt;title words separated by spaces</c>, and lines <c>!word</c> for a word that
    /// is not a product, and lines <c>&gt;part&lt;TAB&gt;set title words</c> for a piece that comes inside a set; <c>#</c>
    /// starts a comment line.
    /// </summary>
    public static ProductLexicon Load(string path)
    {
        var synonyms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var notProducts = new List<string>();
        var partOf = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '!')
            {
                notProducts.Add(line[1..].Trim());
                continue;
            }

            var isPart = line[0] == '>';
            var parts = (isPart ? line[1..] : line).Split('\t');
            var words = parts.Length == 2 ? parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            if (parts[0].Trim().Length == 0 || words.Length == 0)
            {
                throw new FormatException($"{path}:{lineNumber}: expected a word, a tab, then title words separated by spaces.");
            }

            (isPart ? partOf : synonyms)[parts[0].Trim()] = words;
        }

        return new ProductLexicon(synonyms, [.. notProducts.Where(w => w.Length > 0).OrderByDescending(w => w.Length)], partOf);
    }
}
