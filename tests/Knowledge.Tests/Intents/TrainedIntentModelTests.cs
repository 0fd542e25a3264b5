using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Intents;

public sealed class TrainedIntentModelTests
{
    [Fact]
    public void Scores_are_ranked_highest_first_with_ties_in_the_model_order()
    {
        var intents = new[] { "greeting", "logistics", "refund", "invoice", "human", "thanks" };
        float[] scores = [0.1f, 0.3f, 0.1f, 0.3f, 0.05f, 0.15f];

        var ranked = TrainedIntentModel.Ranked(scores, intents);

        Assert.Equal(["logistics", "invoice", "thanks", "greeting", "refund", "human"], ranked.Select(s => s.Intent));
        Assert.Equal([0.3f, 0.3f, 0.15f, 0.1f, 0.1f, 0.05f], ranked.Select(s => s.Confidence));
    }

    [Fact]
    public void Ranking_matches_a_stable_descending_sort_for_any_scores()
    {
        var random = new Random(15);
        var intents = Enumerable.Range(0, 40).Select(i => "intent" + i).ToArray();
        for (var round = 0; round < 200; round++)
        {
            // Few distinct values, so ties are common.
            var scores = intents.Select(_ => random.Next(8) / 8f).ToArray();

            var expected = scores.Select((score, i) => new IntentScore(intents[i], score)).OrderByDescending(s => s.Confidence).ToList();

            Assert.Equal(expected, TrainedIntentModel.Ranked(scores, intents));
        }
    }
}
