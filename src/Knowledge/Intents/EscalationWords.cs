namespace ShopBot.Knowledge.Intents;

/// <summary>
/// The complaint and abuse words trainers keep in <c>knowledge-base/handoff/</c>, matched through the one
/// <see cref="Text.TextNormalizer"/> on compacted text, so "投 诉", "投訴" and "１２３１５" count. A word of digits only
/// matches when no digit touches it, so an order number holding 12315 is not a complaint. Words that merely contain
/// one (妈妈的 holds 妈的, 去死皮 holds 去死, 报警器 holds 报警) are listed in <c>not-escalation-words.txt</c> and blanked
/// out before matching. Complaints win over abuse.
/// </summary>
public sealed class EscalationWords
{
    private readonly string[] _complaint;
    private readonly string[] _abuse;
    private readonly (string Word, string Blank)[] _benign;
    private readonly Text.TextNormalizer _normalizer;

    public EscalationWords(IEnumerable<string> complaintWords, IEnumerable<string> abuseWords, Text.TextNormalizer normalizer, IEnumerable<string>? benignWords = null)
    {
        ArgumentNullException.ThrowIfNull(complaintWords);
        ArgumentNullException.ThrowIfNull(abuseWords);
        ArgumentNullException.ThrowIfNull(normalizer);
        _complaint = Compact(complaintWords, normalizer);
        _abuse = Compact(abuseWords, normalizer);
        // Longest first, so 你妈妈 is blanked as a whole before 妈妈.
        _benign = [.. Compact(benignWords ?? [], normalizer).OrderByDescending(w => w.Length).Select(w => (w, new string('_', w.Length)))];
        _normalizer = normalizer;
    }

    public static EscalationWords Load(KnowledgeBasePaths paths, Text.TextNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var benign = Path.Combine(paths.Handoff, "not-escalation-words.txt");
        return new EscalationWords(
            Read(Path.Combine(paths.Handoff, "complaint-words.txt")),
            Read(Path.Combine(paths.Handoff, "abuse-words.txt")),
            normalizer,
            File.Exists(benign) ? Read(benign) : []);
    }

    /// <summary>The first complaint word in the text, else the first abuse word, else null.</summary>
    public EscalationWordMatch? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var compact = Blank(_normalizer.Compact(text));
        return FindIn(compact, _complaint) is { } complaint ? new EscalationWordMatch(EscalationWordKind.Complaint, complaint)
            : FindIn(compact, _abuse) is { } abuse ? new EscalationWordMatch(EscalationWordKind.Abuse, abuse)
            : null;
    }

    /// <summary>Blanks every harmless compound, so a word inside it no longer matches; other words still do.</summary>
    private string Blank(string text)
    {
        foreach (var (word, blank) in _benign)
        {
            text = text.Replace(word, blank, StringComparison.Ordinal);
        }

        return text;
    }

    private static string? FindIn(string text, string[] words)
    {
        foreach (var word in words)
        {
            var digitsOnly = !word.AsSpan().ContainsAnyExceptInRange('0', '9');
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if (!digitsOnly || ((at == 0 || !char.IsAsciiLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsAsciiLetterOrDigit(text[end]))))
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
