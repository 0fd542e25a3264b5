using Microsoft.Extensions.Options;
using ShopBot.Knowledge;
using ShopBot.Knowledge.Evaluation;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Bot.Cli;

/// <summary><c>train</c>: retrains the intent model from <c>knowledge-base/intents/</c>, saves it, prints cross-validated figures.</summary>
internal sealed class TrainVerb : ICliVerb
{
    public string Name => "train";

    public string Usage => "train";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        if (arguments.Count > 0)
        {
            throw new CliUsageException("train takes no arguments.");
        }

        var paths = services.GetRequiredService<KnowledgeBasePaths>();
        var host = services.GetRequiredService<IntentModelHost>();
        var examples = IntentExampleSet.Load(paths.Intents);
        var model = host.Retrain();
        await console.Out.WriteLineAsync($"trained on {examples.Examples.Count} examples of {model.Intents.Count} intents; model written to {host.ModelPath}").ConfigureAwait(false);

        var folds = services.GetRequiredService<IOptions<IntentModelOptions>>().Value.CrossValidationFolds;
        await console.Out.WriteLineAsync($"{folds}-fold cross-validation:").ConfigureAwait(false);
        var report = services.GetRequiredService<CrossValidator>().Run(examples.Examples, folds);
        EvaluationReportWriter.Write(report, console.Out);
        return 0;
    }
}
