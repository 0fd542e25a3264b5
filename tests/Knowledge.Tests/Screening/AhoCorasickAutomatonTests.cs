using ShopBot.Knowledge.Screening;

namespace ShopBot.Knowledge.Tests.Screening;

public sealed class AhoCorasickAutomatonTests
{
    [Fact]
    public void Finds_overlapping_and_nested_patterns_in_one_pass()
    {
        var automaton = new AhoCorasickAutomaton(["最", "最好", "好的", "全网最低"]);
        var hits = new List<PatternHit>();

        automaton.FindAll("全网最低,最好的", hits);

        Assert.Equal(
            [new PatternHit(0, 2, 3), new PatternHit(3, 0, 4), new PatternHit(0, 5, 6), new PatternHit(1, 5, 7), new PatternHit(2, 6, 8)],
            hits.OrderBy(h => h.End).ThenBy(h => h.Start));
    }

    [Fact]
    public void Agrees_with_a_naive_search_on_random_text()
    {
        var random = new Random(7);
        const string alphabet = "最好第一佳a1";
        string Word(int max) => new([.. Enumerable.Range(0, random.Next(1, max)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        var patterns = Enumerable.Range(0, 40).Select(_ => Word(5)).Distinct().ToList();
        var automaton = new AhoCorasickAutomaton(patterns);

        for (var round = 0; round < 50; round++)
        {
            var text = Word(200);
            var hits = new List<PatternHit>();
            automaton.FindAll(text, hits);

            var expected = new List<PatternHit>();
            for (var p = 0; p < patterns.Count; p++)
            {
                for (var i = text.IndexOf(patterns[p], StringComparison.Ordinal); i >= 0; i = text.IndexOf(patterns[p], i + 1, StringComparison.Ordinal))
                {
                    expected.Add(new PatternHit(p, i, i + patterns[p].Length));
                }
            }

            Assert.Equal(expected.OrderBy(h => (h.End, h.Pattern)), hits.OrderBy(h => (h.End, h.Pattern)));
        }
    }

    [Fact]
    public void Empty_pattern_is_refused() => Assert.Throws<ArgumentException>(() => new AhoCorasickAutomaton(["最", string.Empty]));
}
