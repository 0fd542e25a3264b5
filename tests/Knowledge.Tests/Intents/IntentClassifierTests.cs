using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Evaluation;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Intents;

[Collection(SplitModelCollection.Name)]
public sealed class IntentClassifierTests(SplitModelFixture models)
{
    private static readonly IntentDecider Decider = new(Options.Create(new DecisionOptions { EscalateIntents = [IntentIds.Complaint] }));

    [Fact]
    public void The_training_files_hold_at_least_sixty_examples_of_every_intent_and_all_six_core_ids()
    {
        var examples = IntentExampleSet.Load(KnowledgeBase.Paths.Intents);

        Assert.All(IntentIds.Core, id => Assert.Contains(id, examples.Intents));
        Assert.All(examples.Examples.GroupBy(e => e.Intent), g => Assert.True(g.Count() >= 60, $"{g.Key}: {g.Count()} examples"));
    }

    [Fact]
    public void Examples_held_out_of_training_are_classified_well()
    {
        var report = Evaluate(models.SplitModel, models.HeldOut.Select(e => (e.Intent, e.Text)));

        // The training files are deliberately full of one-off typos, pinyin and odd phrasings, so a split of them is
        // harder than buyers' ordinary lines; the release bar is checked on the independent set below.
        Assert.True(report.Accuracy >= 0.78, $"accuracy {report.Accuracy:0.000}");
        Assert.All(IntentIds.Core, id => Assert.True(report.For(id).F1 >= 0.75, $"{id}: F1 {report.For(id).F1:0.000}"));
    }

    [Theory]
    [InlineData("intents-holdout.tsv")]
    [InlineData("intents-holdout-2.tsv")]
    [InlineData("intents-holdout-3.tsv")]
    public void The_independent_held_out_sets_meet_the_release_bar(string file)
    {
        var lines = LineFileReader.ReadLabeled(KnowledgeBase.RepositoryFile("tests", "data", file));

        var report = Evaluate(models.FullModel, lines.Select(l => (l.Label, l.Text)));

        Assert.All(IntentIds.Core, id => Assert.True(report.For(id).F1 >= 0.95, $"{id}: F1 {report.For(id).F1:0.000}"));
        Assert.All(report.Lines.Where(l => l.Label == IntentIds.Human), l => Assert.True(l.Escalate, l.Text));
        Assert.True(report.InScopeAnsweredWrong <= 0.02 * report.InScopeCount, $"{report.InScopeAnsweredWrong} of {report.InScopeCount} answered with a wrong intent");
    }

    [Fact]
    public void Scores_cover_every_intent_and_come_best_first()
    {
        var scores = models.FullModel.Classify(KnowledgeBase.Normalizer.Normalize("我的快递到哪了？单号是多少"));

        Assert.Equal(models.FullModel.Intents.Count, scores.Count);
        Assert.Equal(IntentIds.Track, scores[0].Intent);
        Assert.Equal(scores.OrderByDescending(s => s.Confidence).Select(s => s.Intent), scores.Select(s => s.Intent));
        Assert.InRange(scores.Sum(s => s.Confidence), 0.99f, 1.01f);
    }

    [Theory]
    [InlineData("你好，我的包裹显示签收了但是我没收到", IntentIds.Track)]
    [InlineData("拍了三天了怎么还不发货", IntentIds.Hurry)]
    [InlineData("还没发货的话帮我取消订单吧", IntentIds.RefundUnshipped)]
    [InlineData("收到的杯子裂了，要换货", IntentIds.QualityReturn)]
    [InlineData("能开公司抬头的增值税专票吗", IntentIds.Invoice)]
    [InlineData("發票什麼時候寄給我", IntentIds.Invoice)]
    public void Typical_requests_get_their_intent(string text, string intent) =>
        Assert.Equal(intent, models.FullModel.Classify(KnowledgeBase.Normalizer.Normalize(text))[0].Intent);

    [Fact]
    public void Prediction_is_safe_from_many_threads_at_once()
    {
        var texts = models.HeldOut.Select(e => KnowledgeBase.Normalizer.Normalize(e.Text)).ToList();
        var sequential = texts.Select(t => models.FullModel.Classify(t)[0]).ToList();

        var parallel = new IntentScore[texts.Count];
        Parallel.For(0, texts.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var k = i % texts.Count;
            parallel[k] = models.FullModel.Classify(texts[k])[0];
        });

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void A_saved_model_loads_and_scores_exactly_as_before()
    {
        var path = Path.Combine(Path.GetTempPath(), $"intent-{Guid.NewGuid():N}.zip");
        try
        {
            models.SplitModel.Save(path);
            var loaded = TrainedIntentModel.Load(path, KnowledgeBase.Normalizer);
            var text = KnowledgeBase.Normalizer.Normalize("什么时候发货啊");

            Assert.Equal(models.SplitModel.Classify(text), loaded.Classify(text));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_text_classified_again_is_answered_from_the_model_memory_with_the_same_scores()
    {
        var text = KnowledgeBase.Normalizer.Normalize("台灯那单到哪了 能不能快点");
        var other = KnowledgeBase.Normalizer.Normalize("帮我开个发票 抬头写公司");

        var first = models.FullModel.Classify(text);
        var again = models.FullModel.Classify(text);

        Assert.Same(first, again);
        Assert.NotSame(first, models.FullModel.Classify(other));
        // The split model is another model: its own memory, its own scores.
        Assert.NotSame(first, models.SplitModel.Classify(text));
        Assert.Equal(models.FullModel.Intents.Count, first.Count);
    }

    private static EvaluationReport Evaluate(TrainedIntentModel model, IEnumerable<(string Label, string Text)> lines)
    {
        var understander = new IntentUnderstander(KnowledgeBase.Normalizer, new HandoffRequestDetector(KnowledgeBase.Normalizer), model, Decider);
        var evaluated = lines.Select(l => CrossValidator.Evaluate(understander, l.Label, l.Text)).ToList();
        return new EvaluationReport(evaluated, model.Intents.ToHashSet());
    }
}
