using Microsoft.ML;
using Microsoft.ML.Transforms.Text;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Intents;

/// <summary>
/// Trains the multiclass intent model: character unigrams and bigrams (Chinese needs no word segmentation this way)
/// plus space-separated words (for English and pinyin mixed in), into a maximum-entropy classifier.
/// </summary>
public sealed class IntentModelTrainer(TextNormalizer normalizer)
{
    private const int Seed = 1;

    public TrainedIntentModel Train(IReadOnlyList<IntentExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Select(e => e.Intent).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            throw new InvalidDataException("Training needs examples of at least two intents.");
        }

        var ml = new MLContext(Seed);
        var data = ml.Data.LoadFromEnumerable(examples.Select(ToRow).ToList());
        var model = BuildPipeline(ml).Fit(data);
        return new TrainedIntentModel(ml, model, data.Schema, normalizer);
    }

    private IntentRow ToRow(IntentExample example) =>
        new() { Label = example.Intent, Text = IntentFeatureText.Prepare(normalizer.Normalize(example.Text)) };

    private static IEstimator<ITransformer> BuildPipeline(MLContext ml)
    {
        var featurizer = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepPunctuations = false,
            KeepNumbers = true,
            KeepDiacritics = true,
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1 },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };

        return ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", featurizer, nameof(IntentRow.Text)))
            // Light regularisation: on held-out buyer lines it beat SDCA and stronger L2 by 5 to 15 points of accuracy.
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(l1Regularization: 0f, l2Regularization: 0.001f))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
    }
}
