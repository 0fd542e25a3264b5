using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Evaluation;

/// <summary>
/// Stratified k-fold cross-validation: every example is predicted by a model that did not see it,
/// and the predictions go through the same decision as live turns.
/// </summary>
public sealed class CrossValidator(TextNormalizer normalizer, HandoffRequestDetector handoffDetector, IntentDecider decider)
{
    public EvaluationReport Run(IReadOnlyList<IntentExample> examples, int folds)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var foldOf = AssignFolds(examples, folds);
        var evaluated = new List<EvaluatedLine>(examples.Count);
        var trainer = new IntentModelTrainer(normalizer);
        for (var fold = 0; fold < folds; fold++)
        {
            var training = examples.Where((_, i) => foldOf[i] != fold).ToList();
            var understander = new IntentUnderstander(normalizer, handoffDetector, trainer.Train(training), decider);
            evaluated.AddRange(examples.Where((_, i) => foldOf[i] == fold).Select(example => Evaluate(understander, example.Intent, example.Text)));
        }

        return new EvaluationReport(evaluated, examples.Select(e => e.Intent).ToHashSet(StringComparer.Ordinal));
    }

    public static EvaluatedLine Evaluate(IntentUnderstander understander, string label, string text)
    {
        var understanding = understander.Understand(text);
        return new EvaluatedLine(text, label, understanding.Intent, understanding.Confidence, understanding.Decision);
    }

    // Deterministic: examples of each intent are dealt round-robin after a seeded shuffle.
    private static int[] AssignFolds(IReadOnlyList<IntentExample> examples, int folds)
    {
        var random = new Random(1);
        var foldOf = new int[examples.Count];
        foreach (var group in Enumerable.Range(0, examples.Count).GroupBy(i => examples[i].Intent, StringComparer.Ordinal))
        {
            var shuffled = group.OrderBy(_ => random.Next()).ToList();
            for (var k = 0; k < shuffled.Count; k++)
            {
                foldOf[shuffled[k]] = k % folds;
            }
        }

        return foldOf;
    }
}
