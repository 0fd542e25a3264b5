using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Promotion;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Intents;

/// <summary>
/// Holds the model in use. At first use it loads the saved zip; when the zip is older than the example files (or
/// than the code that defines its features) it trains a new model and lets the promotion gate decide, as a retrain
/// does: the new one is served and saved only when it is not worse on the held-out files, else the saved one stays
/// (<see cref="StartUp"/> says which). With no readable zip it trains and serves the first model.
/// <see cref="Serve"/> swaps in a promoted model without stopping the bot.
/// </summary>
public sealed partial class IntentModelHost(
    KnowledgeBasePaths paths,
    IOptions<IntentModelOptions> options,
    TextNormalizer normalizer,
    ModelGate gate,
    TimeProvider time,
    ILogger<IntentModelHost> logger) : IIntentClassifier
{
    private readonly Lock _gate = new();
    private TrainedIntentModel? _current;
    private IntentModelStamp? _stamp;
    private StartUpRetrain? _startUp;

    public string ModelPath => ResolveModelPath(paths, options.Value);

    /// <summary>The promoted model being served, or null while it is the one loaded or trained at start-up.</summary>
    public IntentModelStamp? Stamp => Volatile.Read(ref _stamp);

    public TrainedIntentModel Current
    {
        get
        {
            var model = Volatile.Read(ref _current);
            if (model is not null)
            {
                return model;
            }

            lock (_gate)
            {
                return _current ??= LoadOrTrain();
            }
        }
    }

    /// <summary>What the start-up did about a stale or missing model; null when the saved model was current (or not loaded yet).</summary>
    public StartUpRetrain? StartUp => Volatile.Read(ref _startUp);

    public IReadOnlyList<IntentScore> Classify(string normalizedText) => Current.Classify(normalizedText);

    /// <summary>Whether a model is loaded or saved; false only before the very first training.</summary>
    public bool HasModel => Volatile.Read(ref _current) is not null || File.Exists(ModelPath);

    /// <summary>The model zip; a relative path is taken from the folder that holds <c>knowledge-base/</c>.</summary>
    public static string ResolveModelPath(KnowledgeBasePaths paths, IntentModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        return Path.IsPathRooted(options.ModelPath) ? options.ModelPath : Path.GetFullPath(Path.Combine(paths.Root, "..", options.ModelPath));
    }

    /// <summary>Trains a model from the example files without serving it: the promotion gate decides that.</summary>
    public TrainedIntentModel TrainCandidate(IReadOnlyList<IntentExample> examples)
    {
        var model = new IntentModelTrainer(normalizer).Train(examples);
        logger.LogInformation("Trained a candidate intent model on {Examples} examples of {Intents} intents", examples.Count, model.Intents.Count);
        return model;
    }

    /// <summary>Starts serving a promoted model and saves it as the zip a restart loads.</summary>
    public void Serve(TrainedIntentModel model, IntentModelStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(stamp);
        model.Save(ModelPath);
        lock (_gate)
        {
            _current = model;
            _stamp = stamp;
        }

        logger.LogInformation("Serving intent model {Version}", stamp.Version);
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private TrainedIntentModel LoadOrTrain()
    {
        var examples = IntentExampleSet.Load(paths.Intents);
        // A model older than the examples, or than the code that defines its features, is stale.
        var trainerBuilt = File.GetLastWriteTimeUtc(typeof(IntentModelTrainer).Assembly.Location);
        var saved = LoadSaved();
        if (saved is not null && File.GetLastWriteTimeUtc(ModelPath) >= Max(examples.LastWriteUtc, trainerBuilt))
        {
            return saved;
        }

        var candidate = new IntentModelTrainer(normalizer).Train(examples.Examples);
        if (saved is null)
        {
            candidate.Save(ModelPath);
            _startUp = new StartUpRetrain(StartUpRetrainOutcome.FirstModel, time.GetUtcNow(), examples.Examples.Count, null);
            LogFirstModel(examples.Examples.Count);
            return candidate;
        }

        var comparison = gate.Compare(saved, candidate, HeldOutSet.Load(paths, examples.Examples, normalizer));
        if (!comparison.Passed)
        {
            // The zip keeps its old time, so the next start compares again; a trainer's override promotes the new model.
            _startUp = new StartUpRetrain(StartUpRetrainOutcome.Refused, time.GetUtcNow(), examples.Examples.Count, comparison);
            LogStartUpRefused(examples.Examples.Count, comparison.Intents.Count(i => i.Worse), comparison.CurrentInScopeWrong, comparison.CandidateInScopeWrong, comparison.Lines);
            return saved;
        }

        candidate.Save(ModelPath);
        _startUp = new StartUpRetrain(StartUpRetrainOutcome.Promoted, time.GetUtcNow(), examples.Examples.Count, comparison);
        LogStartUpPromoted(examples.Examples.Count, comparison.CurrentInScopeWrong, comparison.CandidateInScopeWrong, comparison.Lines);
        return candidate;
    }

    private TrainedIntentModel? LoadSaved()
    {
        if (!File.Exists(ModelPath))
        {
            return null;
        }

        try
        {
            return TrainedIntentModel.Load(ModelPath, normalizer);
        }
        catch (InvalidOperationException exception)
        {
            LogUnreadable(exception);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No saved intent model: trained the first one on {Examples} examples, with nothing to compare it with")]
    private partial void LogFirstModel(int examples);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The intent model retrained at start-up on {Examples} examples was refused by the promotion gate ({WorseIntents} contract intents worse; in-scope lines answered wrongly {CurrentWrong} -> {CandidateWrong} of {Lines} held-out lines); serving the saved model. Retrain with override to promote it")]
    private partial void LogStartUpRefused(int examples, int worseIntents, int currentWrong, int candidateWrong, int lines);

    [LoggerMessage(Level = LogLevel.Information, Message = "The intent model retrained at start-up on {Examples} examples passed the promotion gate (in-scope lines answered wrongly {CurrentWrong} -> {CandidateWrong} of {Lines}); serving it")]
    private partial void LogStartUpPromoted(int examples, int currentWrong, int candidateWrong, int lines);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The saved intent model could not be read; training a new one")]
    private partial void LogUnreadable(Exception exception);
}
