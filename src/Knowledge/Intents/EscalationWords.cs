namespace ShopBot.Knowledge.Intents;

/// <summary>
/// The complaint and abuse words trainers keep in <c>knowledge-base/handoff/</c>, matched through the one
/// <see cref="Text.TextNormalizer"/> on compacted text, so "投 诉", "投訴" and "１２３１５" count. A word of digits only
/// matches when no digit touches it, so an order number holding 12315 is not a complaint. Complaints win over abuse.
/// </summary>
public sealed class EscalationWords
{
    private readonly string[] _complaint;
    private readonly string[] _abuse;
    private readonly Text.TextNormalizer _normalizer;

    public EscalationWords(IEnumerable<string> complaintWords, IEnumerable<string> abuseWords, Text.TextNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(complaintWords);
        ArgumentNullException.ThrowIfNull(abuseWords);
        ArgumentNullException.ThrowIfNull(normalizer);
        _complaint = Compact(complaintWords, normalizer);
        _abuse = Compact(abuseWords, normalizer);
        _normalizer = normalizer;
    }

    public static EscalationWords Load(KnowledgeBasePaths paths, Text.TextNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new EscalationWords(Read(Path.Combine(paths.Handoff, "complaint-words.txt")), Read(Path.Combine(paths.Handoff, "abuse-words.txt")), normalizer);
    }

    /// <summary>The first complaint word in the text, else the first abuse word, else null.</summary>
    public EscalationWordMatch? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var compact = _normalizer.Compact(text);
        return FindIn(compact, _complaint) is { } complaint ? new EscalationWordMatch(EscalationWordKind.Complaint, complaint)
            : FindIn(compact, _abuse) is { } abuse ? new EscalationWordMatch(EscalationWordKind.Abuse, abuse)
            : null;
    }

    private static string? FindIn(string text, string[] words)
    {
        foreach (var word in words)
        {
            var digitsOnly = word.All(char.IsAsciiDigit);
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if (!digitsOnly || ((at == 0 || !char.IsAsciiDigit(text[at - 1])) && (end == text.Length || !char.IsAsciiDigit(text[end]))))
                {
                    return word;
                }
            }
        }

        return null;
    }

    private static string[] Compact(IEnumerable<string> words, Text.TextNormalizer normalizer) =>
        [.. words.Select(normalizer.Compact).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal)];

    private static IEnumerable<string> Read(string path) =>
        File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));
}
