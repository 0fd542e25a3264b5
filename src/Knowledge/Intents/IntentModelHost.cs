using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Intents;

/// <summary>
/// Holds the model in use. At first use it loads the saved zip, or trains and saves one when the zip is missing
/// or older than the example files. <see cref="Retrain"/> swaps in a new model without stopping the bot.
/// </summary>
public sealed class IntentModelHost(
    KnowledgeBasePaths paths,
    IOptions<IntentModelOptions> options,
    TextNormalizer normalizer,
    ILogger<IntentModelHost> logger) : IIntentClassifier
{
    private readonly Lock _gate = new();
    private TrainedIntentModel? _current;

    public string ModelPath => Path.IsPathRooted(options.Value.ModelPath)
        ? options.Value.ModelPath
        : Path.GetFullPath(Path.Combine(paths.Root, "..", options.Value.ModelPath));

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

    /// <summary>Trains from the example files, saves the zip and starts serving the new model.</summary>
    public TrainedIntentModel Retrain()
    {
        var examples = IntentExampleSet.Load(paths.Intents);
        var model = new IntentModelTrainer(normalizer).Train(examples.Examples);
        model.Save(ModelPath);
        logger.LogInformation("Trained intent model on {Examples} examples of {Intents} intents", examples.Examples.Count, examples.Intents.Count);
        lock (_gate)
        {
            _current = model;
        }

        return model;
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
