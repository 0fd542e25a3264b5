using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Policies;
using ShopBot.Knowledge.Tests.Orders;
using ShopBot.Knowledge.Tests.Templates;

namespace ShopBot.Knowledge.Tests.Policies;

/// <summary>
/// The index ranks through postings (gram to the vectors holding it) with norms computed once. These tests hold it to
/// the plain definition (a cosine of two dictionaries for every title and question, the best per entry blended with the
/// whole entry, keywords lifting the score), score for score, over every question of the knowledge base and buyers' words.
/// </summary>
public sealed class PolicyIndexRankingTests
{
    private static readonly CharacterGrams Grams = new(SampleOrders.Normalizer);
    private static readonly PolicyIndex Index = new PolicyKnowledgeBase(
        SampleOrders.Paths, Grams, new WordListScreen(), Options.Create(new PolicyOptions()), NullLogger<PolicyKnowledgeBase>.Instance).Index;

    public static TheoryData<string> Questions()
    {
        var questions = new TheoryData<string>();
        foreach (var text in Index.Entries.SelectMany(e => e.Questions.Prepend(e.Title)).Concat(BuyerWords).Distinct(StringComparer.Ordinal))
        {
            questions.Add(text);
        }

        return questions;
    }

    private static readonly string[] BuyerWords =
    [
        "你好", "我的快递到哪了", "什么时候发货", "怎么开发票", "好的谢谢", "花呗用不了", "快遞丟了怎麼辦", "付款时忘了用券 能退我20吗",
        "袜子穿过一次还能退吗", "xyz", "！！！", "退", "质量问题运费谁出?", "能不能便宜点，不然我去别家买了", "订单123456789012345678什么时候到",
    ];

    [Theory]
    [MemberData(nameof(Questions))]
    public void Ranking_gives_the_scores_of_the_plain_cosine_definition(string question)
    {
        var expected = Reference(question, 5, null);
        var actual = Index.Rank(question, 5);

        Assert.Equal(expected.Select(Describe), actual.Select(Describe));
    }

    [Fact]
    public void Skipped_entries_are_left_out_as_in_the_plain_definition()
    {
        var skip = new[] { "payment-failed", "invoice" };

        foreach (var question in new[] { "花呗用不了", "怎么开发票", "开发票要多长时间" })
        {
            Assert.Equal(Reference(question, 3, skip).Select(Describe), Index.Rank(question, 3, skip).Select(Describe));
        }
    }

    private static string Describe(PolicyMatch m) => $"{m.Entry.Id}|{m.Score:R}|{m.MatchedText}|{m.ByKeyword}";

    /// <summary>The ranking as first written: every document scored with a dictionary cosine, grouped per entry.</summary>
    private static List<PolicyMatch> Reference(string question, int count, IReadOnlyCollection<string>? skip)
    {
        var entries = Index.Entries;
        var raw = entries.SelectMany(e => e.Questions.Prepend(e.Title).Select(text => (Entry: e, Text: text, Grams: Grams.Of(text)))).ToList();
        var idf = raw.SelectMany(d => d.Grams.Keys).GroupBy(g => g, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Log(1.0 + (raw.Count / (double)g.Count())), StringComparer.Ordinal);
        var documents = new List<(PolicyEntry Entry, string Text, Dictionary<string, double> Vector)>();
        Dictionary<string, double> Weigh(Dictionary<string, double> grams)
        {
            var unseen = Math.Log(1.0 + Math.Max(1, documents.Count));
            var vector = new Dictionary<string, double>(grams.Count, StringComparer.Ordinal);
            foreach (var (gram, frequency) in grams)
            {
                vector[gram] = frequency * idf.GetValueOrDefault(gram, unseen);
            }

            return vector;
        }

        foreach (var (entry, text, termGrams) in raw)
        {
            documents.Add((entry, text, Weigh(termGrams)));
        }

        var entryVectors = entries.ToDictionary(e => e.Id, e => Weigh(Grams.Of(string.Join(' ', e.Questions.Prepend(e.Title).Append(e.Text)))), StringComparer.Ordinal);
        string Compact(string text) => Grams.Normalize(text).Replace(" ", string.Empty, StringComparison.Ordinal);
        var keywords = entries.ToDictionary(e => e.Id, e => (e.Keywords ?? [])
            .Select(k => k.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Compact).ToArray())
            .Where(parts => parts.Length > 0 && parts.All(p => p.Length > 0))
            .ToList(), StringComparer.Ordinal);
        var query = Weigh(Grams.Of(question));
        if (query.Count == 0)
        {
            return [];
        }

        var compact = Compact(question);
        PolicyMatch Lifted(PolicyMatch match)
        {
            var named = keywords[match.Entry.Id].Where(parts => parts.All(p => PolicyIndex.NamesAffirmed(compact, p))).Select(parts => parts.Sum(p => p.Length)).DefaultIfEmpty(0).Max();
            return named == 0
                ? match
                : match with { Score = Math.Min(1.0, Math.Max(match.Score, PolicyIndex.KeywordFloor) + (named * 0.01)), ByKeyword = true };
        }

        return documents
            .Where(d => skip is null || !skip.Contains(d.Entry.Id))
            .Select(d => new PolicyMatch(d.Entry, Cosine(query, d.Vector), d.Text))
            .GroupBy(m => m.Entry.Id, StringComparer.Ordinal)
            .Select(g => g.MaxBy(m => m.Score)!)
            .Select(m => m with { Score = (PolicyIndex.QuestionWeight * m.Score) + ((1 - PolicyIndex.QuestionWeight) * Cosine(query, entryVectors[m.Entry.Id])) })
            .Select(Lifted)
            .Where(m => m.Score > 0)
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Entry.Id, StringComparer.Ordinal)
            .Take(count)
            .ToList();
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
