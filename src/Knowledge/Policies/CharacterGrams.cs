using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Policies;

/// <summary>
/// Turns normalised Chinese text into weighted character n-grams: every bigram within a run of text, plus the single
/// characters at a lower weight so that a short or loosely worded question still meets its entry. Particles that
/// carry no meaning in a question (的, 了, 吗, 呢 ...) are dropped first.
/// </summary>
public sealed class CharacterGrams(TextNormalizer normalizer)
{
    public const double UnigramWeight = 0.4;

    private const string Particles = "的了吗呢啊呀吧哦嘛哈亲么";

    /// <summary>The text as every match sees it: the one normaliser's folding (Traditional, width, case, spacing).</summary>
    public string Normalize(string text) => normalizer.Normalize(text);

    public Dictionary<string, double> Of(string text)
    {
        var grams = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var run in normalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var kept = string.Concat(run.Where(c => !Particles.Contains(c, StringComparison.Ordinal)));
            for (var i = 0; i < kept.Length; i++)
            {
                Add(grams, kept[i].ToString(), UnigramWeight);
                if (i + 1 < kept.Length)
                {
                    Add(grams, kept.Substring(i, 2), 1.0);
                }
            }
        }

        return grams;
    }

    private static void Add(Dictionary<string, double> grams, string gram, double weight) =>
        grams[gram] = grams.GetValueOrDefault(gram) + weight;
}
