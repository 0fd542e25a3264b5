using System.Globalization;
using ShopBot.Bot.Trainers;
using ShopBot.Knowledge.Evaluation;
using ShopBot.Knowledge.Promotion;

namespace ShopBot.Bot.Cli;

/// <summary>
/// <c>train [--override]</c>: retrains the intent model from <c>knowledge-base/intents/</c>, compares it with the model
/// in use on the held-out files and promotes it only when it is not worse (or with <c>--override</c>), then prints
/// cross-validated figures. A refused model ends with exit code 5 and changes nothing.
/// </summary>
internal sealed class TrainVerb : ICliVerb
{
    public const int Refused = 5;

    public string Name => "train";

    public string Usage => "train [--override]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        var overrideGate = arguments is ["--override"];
        if (arguments.Count > 0 && !overrideGate)
        {
            throw new CliUsageException("train takes only --override (promote the new model even when it is worse on the held-out files).");
        }

        var outcome = await services.GetRequiredService<RetrainCoordinator>().TryRetrainAsync("train (CLI)", overrideGate).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Another retrain is running in this process.");
        await WriteComparisonAsync(outcome.Comparison, console.Out).ConfigureAwait(false);
        if (outcome is not { Summary: { } summary, CrossValidation: { } report })
        {
            await console.Out.WriteLineAsync("refused: the new model is worse on the held-out files; the model in use is unchanged (train --override promotes it anyway).").ConfigureAwait(false);
            return Refused;
        }

        await console.Out.WriteLineAsync($"promoted {summary.Model?.Version}{(summary.Model?.Overridden == true ? " (gate overridden)" : string.Empty)}; trained on {summary.Examples} examples; model written to {services.GetRequiredService<Knowledge.Intents.IntentModelHost>().ModelPath}").ConfigureAwait(false);
        await console.Out.WriteLineAsync($"{summary.Folds}-fold cross-validation:").ConfigureAwait(false);
        EvaluationReportWriter.Write(report, console.Out);
        return 0;
    }

    private static async Task WriteComparisonAsync(ModelComparison comparison, TextWriter output)
    {
        var invariant = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(invariant, $"held-out comparison on {comparison.Lines} lines of {string.Join(", ", comparison.Files)} ({comparison.LeftOut} left out as training examples); allowed F1 drop {comparison.MaxF1Drop:0.000}")).ConfigureAwait(false);
        await output.WriteLineAsync($"{"intent",-18} {"support",7} {"in use",7} {"new",7} {"change",7}").ConfigureAwait(false);
        foreach (var intent in comparison.Intents)
        {
            var mark = intent.Worse ? "  worse" : intent.Contract ? "  contract" : string.Empty;
            await output.WriteLineAsync(string.Create(invariant, $"{intent.Intent,-18} {intent.Support,7} {intent.CurrentF1,7:0.000} {intent.CandidateF1,7:0.000} {intent.Change,7:+0.000;-0.000;0.000}{mark}")).ConfigureAwait(false);
        }

        await output.WriteLineAsync(string.Create(invariant, $"in-scope answered wrong: {comparison.CurrentInScopeWrong} -> {comparison.CandidateInScopeWrong} of {comparison.InScopeLines}; accuracy {comparison.CurrentAccuracy:0.000} -> {comparison.CandidateAccuracy:0.000}; gate: {(comparison.Passed ? "passed" : "refused")}")).ConfigureAwait(false);
    }
}
