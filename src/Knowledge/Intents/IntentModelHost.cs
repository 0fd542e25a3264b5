using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Promotion;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Intents;

/// <summary>
/// Holds the model in use. At first use it loads the saved zip, or trains and saves one when the zip is missing
/// or older than the example files. <see cref="Serve"/> swaps in a promoted model without stopping the bot.
/// </summary>
public sealed class IntentModelHost(
    KnowledgeBasePaths paths,
    IOptions<IntentModelOptions> options,
    TextNormalizer normalizer,
    ILogger<IntentModelHost> logger) : IIntentClassifier
{
    private readonly Lock _gate = new();
    private TrainedIntentModel? _current;
    private IntentModelStamp? _stamp;

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
        if (File.Exists(ModelPath) && File.GetLastWriteTimeUtc(ModelPath) >= Max(examples.LastWriteUtc, trainerBuilt))
        {
            try
            {
                return TrainedIntentModel.Load(ModelPath, normalizer);
            }
            catch (InvalidOperationException exception)
            {
                logger.LogWarning(exception, "The saved intent model could not be read; retraining");
            }
        }

        var model = new IntentModelTrainer(normalizer).Train(examples.Examples);
        model.Save(ModelPath);
        logger.LogInformation("Intent model was missing or older than the examples; trained on {Examples} examples", examples.Examples.Count);
        return model;
    }
}
