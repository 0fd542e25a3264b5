using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Screening;

/// <summary>
/// The lexicon folded the way replies are folded and compiled into one automaton: every term of every file and rule
/// is one pattern, so a reply is scanned once whatever the size of the lexicon.
/// </summary>
public sealed class CompiledLexicon
{
    private readonly LexiconTerm[][] _termsOfPattern;

    public CompiledLexicon(ScreeningLexicon lexicon, TextNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(normalizer);
        var patternOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var patterns = new List<string>();
        var terms = new List<List<LexiconTerm>>();
        foreach (var term in lexicon.Terms)
        {
            var folded = ScreeningText.Create(normalizer, term.Term).Compact;
            if (folded.Length == 0)
            {
                throw new ScreeningLexiconException($"{term.Source}: '{term.Term}' has no letters or digits to match.");
            }

            if (!patternOf.TryGetValue(folded, out var pattern))
            {
                pattern = patterns.Count;
                patternOf.Add(folded, pattern);
                patterns.Add(folded);
                terms.Add([]);
            }

            terms[pattern].Add(term);
        }

        Patterns = patterns;
        _termsOfPattern = terms.Select(t => t.ToArray()).ToArray();
        Automaton = new AhoCorasickAutomaton(patterns);
        Rules = lexicon.RuleList;
    }

    /// <summary>The folded patterns, in automaton order.</summary>
    public IReadOnlyList<string> Patterns { get; }

    public AhoCorasickAutomaton Automaton { get; }

    public IReadOnlyList<ScreeningRule> Rules { get; }

    public IReadOnlyList<LexiconTerm> TermsOf(int pattern) => _termsOfPattern[pattern];
}
