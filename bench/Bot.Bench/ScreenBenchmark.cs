using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using ShopBot.Knowledge;
using ShopBot.Knowledge.Screening;
using ShopBot.Knowledge.Text;

namespace ShopBot.Bench;

/// <summary>
/// Lexicon matching on one thread: the screen's single Aho-Corasick automaton against a naive loop of one ordinal
/// <c>IndexOf</c> search per lexicon word, over the same folded replies (the screen's test corpus) in the same run,
/// both finding every occurrence; then the whole screen (folding, matching, detectors, rewrite) per reply.
/// </summary>
internal sealed class ScreenBenchmark : IBenchmark
{
    private static readonly TimeSpan MinimumRun = TimeSpan.FromSeconds(2);

    public string Name => "screen";

    public Task RunAsync(IReadOnlyList<string> arguments)
    {
        var paths = KnowledgeBasePaths.Locate(null);
        var normalizer = new TextNormalizer(TraditionalSimplifiedMap.Load(paths.TraditionalToSimplified));
        var screen = new ReplyScreen(paths, normalizer, NullLogger<ReplyScreen>.Instance);
        var lexicon = screen.Engine.Lexicon;
        var replies = CorpusReplies(paths);
        var folded = replies.Select(r => ScreeningText.Create(normalizer, r).Compact).ToArray();
        var megabytes = folded.Sum(t => Encoding.UTF8.GetByteCount(t)) / 1_000_000.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"lexicon: {lexicon.Patterns.Count} patterns, {lexicon.Automaton.StateCount} automaton states; corpus: {replies.Count} replies, {folded.Sum(t => t.Length)} folded characters"));

        var hits = new List<PatternHit>();
        var automatonHits = Automaton(lexicon.Automaton, folded, hits);
        var naiveHits = Naive(lexicon.Patterns, folded, hits);
        if (automatonHits != naiveHits)
        {
            throw new InvalidOperationException($"the matchers disagree: automaton {automatonHits} hits, naive {naiveHits}.");
        }

        var automaton = Measure(() => Automaton(lexicon.Automaton, folded, hits));
        var naive = Measure(() => Naive(lexicon.Patterns, folded, hits));
        Console.WriteLine(Describe("automaton (Aho-Corasick)", automaton, folded.Length, megabytes));
        Console.WriteLine(Describe("naive IndexOf per word  ", naive, folded.Length, megabytes));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"automaton / naive: {naive.TotalSeconds / automaton.TotalSeconds:0.0}x faster ({automatonHits} hits per pass, same in both)"));

        var whole = Measure(() => replies.Sum(r => screen.Engine.ScreenAfresh(r).Violations.Count));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"whole screen (fold + match + detectors + rewrite): {replies.Count / whole.TotalSeconds:0} replies/s, {whole.TotalMicroseconds / replies.Count:0.0} µs per reply"));
        return Task.CompletedTask;
    }

    private static List<string> CorpusReplies(KnowledgeBasePaths paths)
    {
        var data = Path.Combine(Path.GetDirectoryName(paths.Root)!, "tests", "Knowledge.Tests", "Screening", "Data");
        return Directory.GetFiles(data, "*.*")
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Contains('\t', StringComparison.Ordinal) ? l[(l.IndexOf('\t', StringComparison.Ordinal) + 1)..] : l)
            .ToList();
    }

    private static int Automaton(AhoCorasickAutomaton automaton, string[] texts, List<PatternHit> hits)
    {
        var count = 0;
        foreach (var text in texts)
        {
            hits.Clear();
            automaton.FindAll(text, hits);
            count += hits.Count;
        }

        return count;
    }

    private static int Naive(IReadOnlyList<string> patterns, string[] texts, List<PatternHit> hits)
    {
        var count = 0;
        foreach (var text in texts)
        {
            hits.Clear();
            for (var p = 0; p < patterns.Count; p++)
            {
                for (var i = text.IndexOf(patterns[p], StringComparison.Ordinal); i >= 0; i = text.IndexOf(patterns[p], i + 1, StringComparison.Ordinal))
                {
                    hits.Add(new PatternHit(p, i, i + patterns[p].Length));
                }
            }

            count += hits.Count;
        }

        return count;
    }

    /// <summary>Average time of one pass over the corpus, after a warm-up, over at least <see cref="MinimumRun"/>.</summary>
    private static TimeSpan Measure(Func<int> pass)
    {
        pass();
        var passes = 0;
        var clock = Stopwatch.StartNew();
        do
        {
            pass();
            passes++;
        }
        while (clock.Elapsed < MinimumRun);

        return clock.Elapsed / passes;
    }

    private static string Describe(string name, TimeSpan perPass, int replies, double megabytes) => string.Create(CultureInfo.InvariantCulture,
        $"{name}: {megabytes / perPass.TotalSeconds:0.0} MB/s, {replies / perPass.TotalSeconds:0} replies/s ({perPass.TotalMicroseconds:0} µs per pass)");
}
