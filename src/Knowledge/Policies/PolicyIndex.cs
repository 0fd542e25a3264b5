namespace ShopBot.Knowledge.Policies;

/// <summary>
/// TF-IDF vectors of character grams for each entry's title and each of its questions, and one for the whole entry
/// (title, questions and text). A question's score for an entry blends its best cosine similarity with any one
/// question (one well-phrased question is enough to match) with its similarity to the whole entry (the entry's
/// vocabulary decides between two entries that share a short question's words). A keyword of the entry found in the
/// question ("优惠券", "付款+失败") names its topic whatever the wording: the score is lifted to at least
/// <see cref="KeywordFloor"/>, more for a longer keyword, so the most specific topic named wins.
/// </summary>
public sealed class PolicyIndex
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

        var compact = Compact(question);
        return _documents
            .Where(d => skip is null || !skip.Contains(d.Entry.Id))
            .Select(d => new PolicyMatch(d.Entry, Cosine(query, d.Vector), d.Text))
            .GroupBy(m => m.Entry.Id, StringComparer.Ordinal)
            .Select(g => g.MaxBy(m => m.Score)!)
            .Select(m => m with { Score = (QuestionWeight * m.Score) + ((1 - QuestionWeight) * Cosine(query, _entryVectors[m.Entry.Id])) })
            .Select(m => Lifted(m, compact))
            .Where(m => m.Score > 0)
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Entry.Id, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    private PolicyMatch Lifted(PolicyMatch match, string compactQuestion)
    {
        var named = _keywords[match.Entry.Id]
            .Where(parts => parts.All(p => compactQuestion.Contains(p, StringComparison.Ordinal)))
            .Select(parts => parts.Sum(p => p.Length))
            .DefaultIfEmpty(0)
            .Max();
        return named == 0
            ? match
            : match with { Score = Math.Min(1.0, Math.Max(match.Score, KeywordFloor) + (named * PerKeywordCharacter)), ByKeyword = true };
    }

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

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        double dot = 0, normA = 0, normB = 0;
        foreach (var (gram, weight) in a)
        {
            normA += weight * weight;
            if (b.TryGetValue(gram, out var other))
            {
                dot += weight * other;
            }
        }

        foreach (var weight in b.Values)
        {
            normB += weight * weight;
        }

        return normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
    }
}
