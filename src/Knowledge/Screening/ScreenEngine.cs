using System.Collections.Concurrent;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Screening;

/// <summary>
/// Screens replies against one compiled lexicon: a single automaton pass finds every term, then the detectors
/// (banned words, promises, platform rules, contact numbers) judge the hits, and a rewrite is offered when every
/// violation has a compliant wording and the rewritten reply passes the screen itself. Thread-safe.
/// </summary>
public sealed partial class ScreenEngine(CompiledLexicon lexicon, TextNormalizer normalizer)
{
    /// <summary>Verdicts remembered (texts of at most <see cref="RememberedLength"/> characters) before the memory starts over.</summary>
    private const int RememberedVerdicts = 4096;

    private const int RememberedLength = 1000;

    [ThreadStatic]
    private static List<PatternHit>? s_scratch;

    /// <summary>
    /// The verdict on each text already screened by this engine: a verdict depends on the text and the lexicon only, and
    /// most replies are template texts sent again and again. A reloaded lexicon is a new engine with an empty memory.
    /// </summary>
    private readonly ConcurrentDictionary<string, ScreenVerdict> _verdicts = new(StringComparer.Ordinal);

    public CompiledLexicon Lexicon { get; } = lexicon;

    public ScreenVerdict Screen(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > RememberedLength)
        {
            return ScreenAfresh(text);
        }

        if (_verdicts.TryGetValue(text, out var known))
        {
            return known;
        }

        if (_verdicts.Count >= RememberedVerdicts)
        {
            _verdicts.Clear();
        }

        return _verdicts.GetOrAdd(text, ScreenAfresh(text));
    }

    /// <summary>Screens <paramref name="text"/> without the memory of earlier verdicts (what the screen benchmark measures).</summary>
    public ScreenVerdict ScreenAfresh(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var view = ScreeningText.Create(normalizer, text);
        var findings = Find(view);
        var violations = findings
            .Select(f => new Violation(f.Kind, text[f.Start..f.End], f.Start))
            .ToArray();
        return new ScreenVerdict(text, violations, findings.Count == 0 ? null : Rewrite(text, findings));
    }

    private List<Finding> Find(ScreeningText view)
    {
        var hits = new HitSet(view, Lexicon, s_scratch ??= []);
        var findings = new List<Finding>();
        FindBannedWords(hits, findings);
        FindPromises(hits, findings);
        FindRuleBreaches(hits, findings);
        FindPhoneNumbers(view, findings);
        ForgiveEmailAddresses(view, findings);

        // The longest reading wins: 微信 inside 微信转账 is the payment rule, 最 inside 最好 is one superlative.
        return findings
            .Where(f => !findings.Exists(other => other.Contains(f)))
            .DistinctBy(f => (f.Kind, f.Start, f.End))
            .OrderBy(f => f.Start)
            .ThenBy(f => f.Kind)
            .ToList();
    }

    private void FindBannedWords(HitSet hits, List<Finding> findings)
    {
        foreach (var hit in hits.Live(TermRole.Banned))
        {
            if (hit.Term.Kind == ViolationKind.Contact && hits.IsNegated(hit))
            {
                continue;
            }

            var (start, end) = hits.View.OriginalSpan(hit.Start, hit.End);
            findings.Add(new Finding(hit.Term.Kind, start, end, start, end, hit.Term.Replacement));
        }
    }

    /// <summary>
    /// Replaces each violation by its compliant wording; the result is offered only when every violation had one
    /// and the rewritten reply passes the whole screen.
    /// </summary>
    private string? Rewrite(string text, List<Finding> findings)
    {
        if (findings.Exists(f => f.Replacement is null))
        {
            return null;
        }

        // Where replacements overlap (全网最低 and 最低价), the one that starts first, then the longest, is used.
        var chosen = new List<Finding>();
        foreach (var finding in findings.OrderBy(f => f.ReplaceStart).ThenByDescending(f => f.ReplaceEnd))
        {
            if (chosen.Count == 0 || finding.ReplaceStart >= chosen[^1].ReplaceEnd)
            {
                chosen.Add(finding);
            }
        }

        var rewritten = new System.Text.StringBuilder(text);
        foreach (var finding in Enumerable.Reverse(chosen))
        {
            rewritten.Remove(finding.ReplaceStart, finding.ReplaceEnd - finding.ReplaceStart).Insert(finding.ReplaceStart, finding.Replacement);
        }

        var candidate = rewritten.ToString();
        return candidate.Trim().Length > 0 && Find(ScreeningText.Create(normalizer, candidate)).Count == 0 ? candidate : null;
    }
}
