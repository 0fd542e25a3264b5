namespace ShopBot.Knowledge.Policies;

/// <summary>
/// TF-IDF vectors of character grams for each entry's title and each of its questions, and one for the whole entry
/// (title, questions and text). A question's score for an entry blends its best cosine similarity with any one
/// question (one well-phrased question is enough to match) with its similarity to the whole entry (the entry's
/// vocabulary decides between two entries that share a short question's words).
/// </summary>
public sealed class PolicyIndex
{
    private readonly CharacterGrams _grams;
    private readonly Dictionary<string, double> _idf;
    public const double QuestionWeight = 0.7;

    private readonly List<(PolicyEntry Entry, string Text, Dictionary<string, double> Vector)> _documents = [];
    private readonly Dictionary<string, Dictionary<string, double>> _entryVectors = new(StringComparer.Ordinal);

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
        }
    }

    public IReadOnlyList<PolicyEntry> Entries { get; }

    public IReadOnlyList<PolicyMatch> Rank(string question, int count)
    {
        var query = Weigh(_grams.Of(question));
        if (query.Count == 0)
        {
            return [];
        }

        return _documents
            .Select(d => new PolicyMatch(d.Entry, Cosine(query, d.Vector), d.Text))
            .GroupBy(m => m.Entry.Id, StringComparer.Ordinal)
            .Select(g => g.MaxBy(m => m.Score)!)
            .Select(m => m with { Score = (QuestionWeight * m.Score) + ((1 - QuestionWeight) * Cosine(query, _entryVectors[m.Entry.Id])) })
            .Where(m => m.Score > 0)
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Entry.Id, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

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
