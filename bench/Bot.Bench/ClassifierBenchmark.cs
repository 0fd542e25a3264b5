using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Text;

namespace ShopBot.Bench;

/// <summary>
/// Intent understanding on one core: normalise, detect a handoff request, classify and decide, one utterance at a time,
/// over every training example, after a warm-up. Pinned to one CPU when run under <c>taskset -c 0</c>.
/// </summary>
internal sealed class ClassifierBenchmark : IBenchmark
{
    public string Name => "classify";

    public Task RunAsync(IReadOnlyList<string> arguments)
    {
        var paths = KnowledgeBasePaths.Locate(null);
        var normalizer = new TextNormalizer(TraditionalSimplifiedMap.Load(paths.TraditionalToSimplified));
        var examples = IntentExampleSet.Load(paths.Intents).Examples;
        var training = Stopwatch.StartNew();
        var model = new IntentModelTrainer(normalizer).Train(examples);
        Console.WriteLine($"training on {examples.Count} examples: {training.Elapsed.TotalSeconds:0.0} s");

        var understander = new IntentUnderstander(normalizer, new HandoffRequestDetector(normalizer), model, new IntentDecider(Options.Create(new DecisionOptions())));
        var texts = examples.Select(e => e.Text).ToArray();
        LatencyStats.Measure(2_000, i => understander.Understand(texts[i % texts.Length]));
        var stats = LatencyStats.Measure(20_000, i => understander.Understand(texts[i % texts.Length]));
        Console.WriteLine($"understand (normalise + handoff check + classify + decide), one thread: {stats.Describe()}");
        return Task.CompletedTask;
    }
}
