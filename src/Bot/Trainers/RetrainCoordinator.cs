using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Trainers.Contracts;
using ShopBot.Knowledge;
using ShopBot.Knowledge.Evaluation;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Bot.Trainers;

/// <summary>
/// Retrains the intent model from the example files (the bot serves the new model at once), cross-validates it,
/// and keeps the latest report in memory and next to the model as <c>intent-evaluation.json</c> and
/// <c>intent-confusion.svg</c>. One retrain runs at a time; the work is not cancelled when a caller goes away, so a
/// retrain that started always finishes and is recorded.
/// </summary>
public sealed partial class RetrainCoordinator(
    IntentModelHost host,
    CrossValidator validator,
    KnowledgeBasePaths paths,
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

    /// <summary>The new figures, or null when a retrain is already running.</summary>
    public async Task<EvaluationSummary?> TryRetrainAsync(string trainedBy)
    {
        if (!await _running.WaitAsync(0).ConfigureAwait(false))
        {
            return null;
        }

        try
        {
            var result = await Task.Run(() => Retrain(trainedBy)).ConfigureAwait(false);
            await WriteAtomicallyAsync(Path.Combine(ArtifactsFolder, ReportFileName), JsonSerializer.Serialize(result.Summary, TrainerJsonContext.Web.EvaluationSummary)).ConfigureAwait(false);
            await WriteAtomicallyAsync(Path.Combine(ArtifactsFolder, PictureFileName), result.Svg).ConfigureAwait(false);
            lock (_gate)
            {
                _latest = result;
            }

            LogRetrained(trainedBy, result.Summary.Examples, result.Summary.MacroF1, result.Summary.Accuracy, result.Summary.Seconds);
            return result.Summary;
        }
        finally
        {
            _running.Release();
        }
    }

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

    private (EvaluationSummary Summary, string Svg) Retrain(string trainedBy)
    {
        var clock = Stopwatch.StartNew();
        host.Retrain();
        var examples = IntentExampleSet.Load(paths.Intents);
        var folds = options.Value.CrossValidationFolds;
        var report = validator.Run(examples.Examples, folds);
        var summary = Summarise(report, trainedBy, folds, examples.Examples.Count, clock.Elapsed.TotalSeconds);
        return (summary, ConfusionMatrixSvg.Render(summary));
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The saved evaluation report {File} could not be read")]
    private partial void LogUnreadableReport(Exception exception, string file);
}
