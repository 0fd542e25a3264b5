using ShopBot.Knowledge.Evaluation;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Promotion;

namespace ShopBot.Knowledge.Tests.Promotion;

public sealed class HeldOutSetTests
{
    [Fact]
    public void The_shipped_evaluation_files_share_no_line_with_the_training_examples_and_lines_equal_once_normalised_are_left_out()
    {
        var examples = IntentExampleSet.Load(KnowledgeBase.Paths.Intents).Examples;
        var trained = examples.Select(e => e.Text.Trim()).ToHashSet(StringComparer.Ordinal);
        var files = Directory.GetFiles(KnowledgeBase.Paths.Evaluation, "*.tsv");
        var all = files.SelectMany(LineFileReader.ReadLabeled).ToList();

        var set = HeldOutSet.Load(KnowledgeBase.Paths, examples, KnowledgeBase.Normalizer);

        Assert.DoesNotContain(all, line => trained.Contains(line.Text));
        Assert.Equal(["holdout-1.tsv", "holdout-2.tsv"], set.Files);
        Assert.Equal(all.Count, set.Lines.Count + set.LeftOut);
        var normalisedTraining = examples.Select(e => KnowledgeBase.Normalizer.Normalize(e.Text)).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(set.Lines, line => normalisedTraining.Contains(KnowledgeBase.Normalizer.Normalize(line.Text)));
        Assert.All(IntentIds.Core, intent => Assert.True(set.Lines.Count(l => l.Label == intent) >= 50, intent));
    }
}
