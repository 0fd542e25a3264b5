using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Trainers.Contracts;
using ShopBot.Knowledge;
using ShopBot.Knowledge.Evaluation;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Promotion;
using ShopBot.Knowledge.Text;

namespace ShopBot.Bot.Trainers;

/// <summary>
/// Retrains the intent model from the example files and lets the promotion gate decide: the new model and the one in
/// use answer the held-out lines side by side, and the new one is promoted (served here, stored for every host, the
/// old one kept for a rollback) only when it is not worse, or when the trainer overrides the gate. A promoted model
/// is cross-validated and the latest report kept in memory and next to the model as <c>intent-evaluation.json</c>
/// and <c>intent-confusion.svg</c>. One retrain or rollback runs at a time; the work is not cancelled when a caller
/// goes away, so a retrain that started always finishes and is recorded.
/// </summary>
public sealed partial class RetrainCoordinator(
    IntentModelHost host,
    ModelGate gate,
    IIntentModelStore store,
    CrossValidator validator,
    KnowledgeBasePaths paths,
    TextNormalizer normalizer,
    IOptions<IntentModelOptions> options,
    TimeProvider time,
    ILogger<RetrainCoordinator> logger)
{
    public const string ReportFileName = "intent-evaluation.json";

    public const string PictureFileName = "intent-confusion.svg";

    private readonly SemaphoreSlim _running = new(1, 1);
    private readonly Lock _gate = new();
    private (EvaluationSummary Summary, string Svg)? _latest;

    public bool IsRunning => _running.CurrentCount == 0;

    private string ArtifactsFolder => Path.GetDirectoryName(host.ModelPath)!;

    /// <summary>
    /// The gate's verdict and, when promoted, the new figures; null when a retrain or rollback is already running.
    /// <paramref name="overrideGate"/> promotes the new model even when the gate refuses it.
    /// </summary>
    public async Task<RetrainOutcome?> TryRetrainAsync(string trainedBy, bool overrideGate = false)
    {
        if (!await _running.WaitAsync(0).ConfigureAwait(false))
        {
            return null;
        }

        try
        {
            var clock = Stopwatch.StartNew();
            var examples = IntentExampleSet.Load(paths.Intents);
            var candidate = await Task.Run(() => host.TrainCandidate(examples.Examples)).ConfigureAwait(false);
            var stored = await store.CurrentAsync().ConfigureAwait(false);
            var current = ModelInUse(stored, candidate);
            var comparison = await Task.Run(() => gate.Compare(current, candidate, HeldOutSet.Load(paths, examples.Examples, normalizer))).ConfigureAwait(false);
            if (!comparison.Passed && !overrideGate)
            {
                LogRefused(trainedBy, string.Join(" ", comparison.Reasons));
                return new RetrainOutcome(comparison, null, null);
            }

            if (stored is null)
            {
                // The first promotion keeps the model loaded at start-up as the one to roll back to.
                await store.PromoteAsync(new StoredIntentModel(NewStamp("start-up", overridden: false), current.ToZip())).ConfigureAwait(false);
            }

            var stamp = NewStamp(trainedBy, overridden: !comparison.Passed);
            await store.PromoteAsync(new StoredIntentModel(stamp, candidate.ToZip())).ConfigureAwait(false);
            host.Serve(candidate, stamp);
            LogPromoted(stamp.Version, trainedBy, stamp.Overridden);

            var folds = options.Value.CrossValidationFolds;
            var report = await Task.Run(() => validator.Run(examples.Examples, folds)).ConfigureAwait(false);
            var summary = Summarise(report, trainedBy, folds, examples.Examples.Count, clock.Elapsed.TotalSeconds) with { Comparison = comparison, Model = stamp };
            var svg = ConfusionMatrixSvg.Render(summary);
            await WriteAtomicallyAsync(Path.Combine(ArtifactsFolder, ReportFileName), JsonSerializer.Serialize(summary, TrainerJsonContext.Web.EvaluationSummary)).ConfigureAwait(false);
            await WriteAtomicallyAsync(Path.Combine(ArtifactsFolder, PictureFileName), svg).ConfigureAwait(false);
            lock (_gate)
            {
                _latest = (summary, svg);
            }

            LogRetrained(trainedBy, summary.Examples, summary.MacroF1, summary.Accuracy, summary.Seconds);
            return new RetrainOutcome(comparison, summary, report);
        }
        finally
        {
            _running.Release();
        }
    }

    /// <summary>
    /// Serves the previous model again (the rolled-back one is kept as previous); null when there is no previous model.
    /// <paramref name="busy"/> is true, and nothing changes, while a retrain or rollback runs.
    /// </summary>
    public async Task<(IntentModelStamp? Stamp, bool Busy)> TryRollBackAsync(string by, CancellationToken cancellationToken)
    {
        if (!await _running.WaitAsync(0, cancellationToken).ConfigureAwait(false))
        {
            return (null, true);
        }

        try
        {
            if (await store.RollBackAsync(cancellationToken).ConfigureAwait(false) is not { } restored)
            {
                return (null, false);
            }

            host.Serve(TrainedIntentModel.FromZip(restored.Zip, normalizer), restored.Stamp);
            LogRolledBack(restored.Stamp.Version, by);
            return (restored.Stamp, false);
        }
        finally
        {
            _running.Release();
        }
    }

    public async Task<ModelStatus> StatusAsync(CancellationToken cancellationToken) => new(
        await store.CurrentStampAsync(cancellationToken).ConfigureAwait(false),
        await store.PreviousStampAsync(cancellationToken).ConfigureAwait(false),
        host.Stamp,
        host.Stamp is null ? host.StartUp : null);

    /// <summary>The latest report: this process's, else the one saved by an earlier run, else null.</summary>
    public async Task<(EvaluationSummary Summary, string Svg)?> LatestAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_latest is not null)
            {
                return _latest;
            }
        }

        var report = Path.Combine(ArtifactsFolder, ReportFileName);
        var picture = Path.Combine(ArtifactsFolder, PictureFileName);
        if (!File.Exists(report))
        {
            return null;
        }

        try
        {
            var summary = JsonSerializer.Deserialize(await File.ReadAllTextAsync(report, cancellationToken).ConfigureAwait(false), TrainerJsonContext.Web.EvaluationSummary);
            if (summary is null)
            {
                return null;
            }

            var svg = File.Exists(picture) ? await File.ReadAllTextAsync(picture, cancellationToken).ConfigureAwait(false) : ConfusionMatrixSvg.Render(summary);
            lock (_gate)
            {
                return _latest ??= (summary, svg);
            }
        }
        catch (JsonException exception)
        {
            LogUnreadableReport(exception, report);
            return null;
        }
    }

    /// <summary>
    /// The model the new one must beat: the promoted one (the CLI has not loaded it), else the one served; when there
    /// has never been a model (a first <c>train</c>), the new one itself, rather than training the same examples twice.
    /// </summary>
    private TrainedIntentModel ModelInUse(StoredIntentModel? stored, TrainedIntentModel candidate) =>
        stored is not null && stored.Stamp.Version != host.Stamp?.Version ? TrainedIntentModel.FromZip(stored.Zip, normalizer)
        : host.HasModel ? host.Current
        : candidate;

    private IntentModelStamp NewStamp(string by, bool overridden)
    {
        var now = time.GetUtcNow();
        return new IntentModelStamp($"{now:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}", now, by, overridden);
    }

    private EvaluationSummary Summarise(EvaluationReport report, string trainedBy, int folds, int examples, double seconds)
    {
        var matrix = report.ConfusionMatrix();
        var rows = Enumerable.Range(0, report.Labels.Count)
            .Select(r => (IReadOnlyList<int>)[.. Enumerable.Range(0, report.Labels.Count).Select(c => matrix[r, c])])
            .ToList();
        return new EvaluationSummary(
            time.GetUtcNow(),
            trainedBy,
            folds,
            examples,
            Math.Round(seconds, 1),
            Math.Round(report.MacroF1, 4),
            Math.Round(report.Accuracy, 4),
            Math.Round(report.EscalatedShare, 4),
            report.InScopeCount,
            report.InScopeAnsweredWrong,
            report.InScopeNotEscalatedWrong,
            [.. report.PerIntent.Select(m => new IntentFigures(m.Intent, m.Support, m.Predicted, Math.Round(m.Precision, 4), Math.Round(m.Recall, 4), Math.Round(m.F1, 4)))],
            report.Labels,
            rows);
    }

    private static async Task WriteAtomicallyAsync(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + $".{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllTextAsync(temporary, content, new UTF8Encoding(false)).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retrained by {Trainer} on {Examples} examples: macro-F1 {MacroF1:0.000}, accuracy {Accuracy:0.000}, {Seconds:0.0} s")]
    private partial void LogRetrained(string trainer, int examples, double macroF1, double accuracy, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The promotion gate refused the model retrained by {Trainer}: {Reasons}")]
    private partial void LogRefused(string trainer, string reasons);

    [LoggerMessage(Level = LogLevel.Information, Message = "Promoted intent model {Version} retrained by {Trainer}; gate overridden: {Overridden}")]
    private partial void LogPromoted(string version, string trainer, bool overridden);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rolled back to intent model {Version} at the request of {Trainer}")]
    private partial void LogRolledBack(string version, string trainer);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The saved evaluation report {File} could not be read")]
    private partial void LogUnreadableReport(Exception exception, string file);
}
