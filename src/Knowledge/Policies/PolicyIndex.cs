using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Policies;

/// <summary>
/// TF-IDF vectors of character grams for each entry's title and each of its questions, and one for the whole entry
/// (title, questions and text). A question's score for an entry blends its best cosine similarity with any one
/// question (one well-phrased question is enough to match) with its similarity to the whole entry (the entry's
/// vocabulary decides between two entries that share a short question's words). A keyword of the entry found in the
/// question ("优惠券", "付款+失败") names its topic whatever the wording: the score is lifted to at least
/// <see cref="KeywordFloor"/>, more for a longer keyword, so the most specific topic named wins. A question is scored
/// through an inverted index (gram to the vectors that hold it) with every vector's norm computed once, so a ranking
/// touches only the grams the question shares with the entries.
/// </summary>
public sealed partial class PolicyIndex
{
    private readonly CharacterGrams _grams;
    private readonly Dictionary<string, double> _idf;
    public const double QuestionWeight = 0.7;

    /// <summary>The least score of an entry whose keyword the question holds: above the "answer first" threshold.</summary>
    public const double KeywordFloor = 0.5;

    private const double PerKeywordCharacter = 0.01;

    private readonly List<(PolicyEntry Entry, string Text, Dictionary<string, double> Vector)> _documents = [];
    private readonly Dictionary<string, Dictionary<string, double>> _entryVectors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> _keywords = new(StringComparer.Ordinal);

    /// <summary>Entry ids in the order their first title or question appears; <c>_groupOf[d]</c> is document d's.</summary>
    private readonly List<string> _groups = [];
    private readonly int[] _groupOf;
    private readonly double[] _documentNorms;
    private readonly double[] _entryNorms;
    private readonly Dictionary<string, (int Index, double Weight)[]> _documentPostings;
    private readonly Dictionary<string, (int Index, double Weight)[]> _entryPostings;

    public PolicyIndex(IReadOnlyList<PolicyEntry> entries, CharacterGrams grams)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _grams = grams;
        Entries = entries;
        var raw = entries.SelectMany(e => e.Questions.Prepend(e.Title).Select(text => (Entry: e, Text: text, Grams: grams.Of(text)))).ToList();
        _idf = raw.SelectMany(d => d.Grams.Keys).GroupBy(g => g, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Log(1.0 + (raw.Count / (double)g.Count())), StringComparer.Ordinal);
        foreach (var (entry, text, termGrams) in raw)
        {
            _documents.Add((entry, text, Weigh(termGrams)));
        }

        foreach (var entry in entries)
        {
            _entryVectors[entry.Id] = Weigh(grams.Of(string.Join(' ', entry.Questions.Prepend(entry.Title).Append(entry.Text))));
            _keywords[entry.Id] = (entry.Keywords ?? [])
                .Select(k => k.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Compact).ToArray())
                .Where(parts => parts.Length > 0 && parts.All(p => p.Length > 0))
                .ToList();
        }

        var groupIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        _groupOf = new int[_documents.Count];
        _documentNorms = new double[_documents.Count];
        for (var d = 0; d < _documents.Count; d++)
        {
            var id = _documents[d].Entry.Id;
            if (!groupIndex.TryGetValue(id, out var group))
            {
                group = _groups.Count;
                groupIndex[id] = group;
                _groups.Add(id);
            }

            _groupOf[d] = group;
            _documentNorms[d] = SquaredNorm(_documents[d].Vector);
        }

        _entryNorms = [.. _groups.Select(id => SquaredNorm(_entryVectors[id]))];
        _documentPostings = Postings(_documents.Select(d => d.Vector));
        _entryPostings = Postings(_groups.Select(id => _entryVectors[id]));
    }

    public IReadOnlyList<PolicyEntry> Entries { get; }

    /// <param name="skip">Entry ids left out: answers the buyer already said did not answer the question.</param>
    public IReadOnlyList<PolicyMatch> Rank(string question, int count, IReadOnlyCollection<string>? skip = null)
    {
        var query = Weigh(_grams.Of(question));
        if (query.Count == 0)
        {
            return [];
        }

        // "满99减10", "满200-30": a spend-and-save offer named by its sums is the 满减 a keyword names.
        var compact = Compact(SpendAndSave().Replace(question, "满减"));
        // The same sums as a cosine of two dictionaries, in the same order (the question's grams), so the same scores.
        var normQuery = 0.0;
        var documentDots = new double[_documents.Count];
        var entryDots = new double[_groups.Count];
        foreach (var (gram, weight) in query)
        {
            normQuery += weight * weight;
            if (_documentPostings.TryGetValue(gram, out var documents))
            {
                foreach (var (document, other) in documents)
                {
                    documentDots[document] += weight * other;
                }
            }

            if (_entryPostings.TryGetValue(gram, out var groups))
            {
                foreach (var (group, other) in groups)
                {
                    entryDots[group] += weight * other;
                }
            }
        }

        // Per entry, its best title or question (the first of equals).
        var best = new int[_groups.Count];
        var bestScore = new double[_groups.Count];
        Array.Fill(best, -1);
        for (var d = 0; d < _documents.Count; d++)
        {
            if (skip is not null && skip.Contains(_documents[d].Entry.Id))
            {
                continue;
            }

            var group = _groupOf[d];
            var score = Cosine(documentDots[d], normQuery, _documentNorms[d]);
            if (best[group] < 0 || score > bestScore[group])
            {
                best[group] = d;
                bestScore[group] = score;
            }
        }

        var matches = new List<PolicyMatch>();
        for (var group = 0; group < _groups.Count; group++)
        {
            if (best[group] < 0)
            {
                continue;
            }

            var (entry, text, _) = _documents[best[group]];
            var score = (QuestionWeight * bestScore[group]) + ((1 - QuestionWeight) * Cosine(entryDots[group], normQuery, _entryNorms[group]));
            var named = NamedLength(entry.Id, compact);
            if (named == 0 && !(score > 0))
            {
                continue;
            }

            var match = Lifted(new PolicyMatch(entry, score, text), named);
            if (match.Score > 0)
            {
                matches.Add(match);
            }
        }

        return matches
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Entry.Id, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    /// <summary>
    /// The length of the longest of the entry's keywords (each a set of parts) whose every part the question names; 0
    /// for none. Runs for every entry of every search: loops, not a query.
    /// </summary>
    private int NamedLength(string entryId, string compactQuestion)
    {
        var named = 0;
        foreach (var parts in _keywords[entryId])
        {
            var length = 0;
            var all = true;
            foreach (var part in parts)
            {
                if (!NamesAffirmed(compactQuestion, part))
                {
                    all = false;
                    break;
                }

                length += part.Length;
            }

            if (all && length > named)
            {
                named = length;
            }
        }

        return named;
    }

    /// <summary>
    /// Whether the question holds the keyword part other than denied: a part saying the goods were used ("穿过", "用过",
    /// "拆封", "试穿") right after 没 or 未 ("没穿过 吊牌都在") says the opposite, so that occurrence does not count.
    /// </summary>
    public static bool NamesAffirmed(string compactQuestion, string part)
    {
        var denies = SaysUsed(part);
        for (var at = compactQuestion.IndexOf(part, StringComparison.Ordinal); at >= 0; at = compactQuestion.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            if (!denies || !Denied(compactQuestion, at))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SaysUsed(string part) =>
        part.Length >= 2 && (part.EndsWith('过') || part.StartsWith('拆') || part.StartsWith("试穿", StringComparison.Ordinal));

    /// <summary>没 or 未 just before, or with 有 or 怎么 between ("没有穿过", "没怎么用过").</summary>
    private static bool Denied(string text, int at)
    {
        var before = text[..at];
        return before.EndsWith('没') || before.EndsWith('未') || before.EndsWith("没有", StringComparison.Ordinal)
            || before.EndsWith("没怎么", StringComparison.Ordinal);
    }

    private static PolicyMatch Lifted(PolicyMatch match, int named) =>
        named == 0
            ? match
            : match with { Score = Math.Min(1.0, Math.Max(match.Score, KeywordFloor) + (named * PerKeywordCharacter)), ByKeyword = true };

    private string Compact(string text) => _grams.Normalize(text).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>Grams unknown to the index weigh as a gram seen once, so that off-topic words lower the similarity.</summary>
    private Dictionary<string, double> Weigh(Dictionary<string, double> grams)
    {
        var unseen = Math.Log(1.0 + Math.Max(1, _documents.Count));
        var vector = new Dictionary<string, double>(grams.Count, StringComparer.Ordinal);
        foreach (var (gram, frequency) in grams)
        {
            vector[gram] = frequency * _idf.GetValueOrDefault(gram, unseen);
        }

        return vector;
    }

    private static double Cosine(double dot, double normA, double normB) =>
        normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);

    private static double SquaredNorm(Dictionary<string, double> vector)
    {
        var norm = 0.0;
        foreach (var weight in vector.Values)
        {
            norm += weight * weight;
        }

        return norm;
    }

    /// <summary>For every gram, the vectors that hold it (by their position in <paramref name="vectors"/>) and its weight there.</summary>
    private static Dictionary<string, (int Index, double Weight)[]> Postings(IEnumerable<Dictionary<string, double>> vectors)
    {
        var postings = new Dictionary<string, List<(int, double)>>(StringComparer.Ordinal);
        var index = 0;
        foreach (var vector in vectors)
        {
            foreach (var (gram, weight) in vector)
            {
                if (!postings.TryGetValue(gram, out var list))
                {
                    list = [];
                    postings[gram] = list;
                }

                list.Add((index, weight));
            }

            index++;
        }

        return postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    // Before normalising, which drops the dash: Traditional and full-width forms too.
    [GeneratedRegex(@"[满滿]\s*[0-9０-９]+\s*(?:元|块|塊)?\s*(?:减|減|-|－|—)\s*[0-9０-９]*")]
    private static partial Regex SpendAndSave();
}
