using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Intents;

/// <summary>
/// A trained intent model, served through a pool of prediction engines because an ML.NET
/// <see cref="PredictionEngine{TSrc,TDst}"/> is not thread-safe. A model never changes once trained, so it remembers the
/// scores it gave per text (a turn asks about the same line or part of it several times: the whole line, the sides of a
/// cut, the parts cut again); a model trained or loaded anew starts with an empty memory.
/// </summary>
public sealed class TrainedIntentModel : IIntentClassifier
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _inputSchema;
    private readonly ObjectPool<PredictionEngine<IntentRow, IntentScoreRow>> _engines;
    private readonly string[] _intents;
    private readonly TextMemory<IntentScore[]> _scores = new();
    private readonly Func<string, IntentScore[]> _predict;

    internal TrainedIntentModel(MLContext ml, ITransformer model, DataViewSchema inputSchema, TextNormalizer normalizer)
    {
        _ml = ml;
        _model = model;
        _inputSchema = inputSchema;
        Normalizer = normalizer;
        _engines = new DefaultObjectPool<PredictionEngine<IntentRow, IntentScoreRow>>(new EnginePolicy(ml, model), Environment.ProcessorCount * 4);
        _intents = ReadSlotNames(model, inputSchema);
        _predict = Predict;
    }

    public IReadOnlyList<string> Intents => _intents;

    internal TextNormalizer Normalizer { get; }

    /// <summary>The intents by confidence for <paramref name="normalizedText"/>; the list is shared and never changed.</summary>
    public IReadOnlyList<IntentScore> Classify(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return _scores.GetOrAdd(normalizedText, _predict);
    }

    private IntentScore[] Predict(string normalizedText)
    {
        var engine = _engines.Get();
        try
        {
            return Ranked(engine.Predict(new IntentRow { Text = IntentFeatureText.Prepare(normalizedText) }).Score, _intents);
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    /// <summary>
    /// The intents by confidence, highest first; equal confidences keep the model's order (as a stable sort does). An
    /// insertion sort into one array: a model has a few dozen intents, and this runs on every buyer message.
    /// </summary>
    internal static IntentScore[] Ranked(ReadOnlySpan<float> scores, IReadOnlyList<string> intents)
    {
        var ranked = new IntentScore[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            var score = new IntentScore(intents[i], scores[i]);
            var j = i;
            for (; j > 0 && ranked[j - 1].Confidence < score.Confidence; j--)
            {
                ranked[j] = ranked[j - 1];
            }

            ranked[j] = score;
        }

        return ranked;
    }

    /// <summary>Writes the model zip atomically: a reader never sees half a file.</summary>
    public void Save(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            _ml.Model.Save(_model, _inputSchema, temporary);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The model zip as bytes, for a store shared by hosts.</summary>
    public byte[] ToZip()
    {
        using var stream = new MemoryStream();
        _ml.Model.Save(_model, _inputSchema, stream);
        return stream.ToArray();
    }

    public static TrainedIntentModel FromZip(byte[] zip, TextNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var ml = new MLContext(1);
        using var stream = new MemoryStream(zip, writable: false);
        var model = ml.Model.Load(stream, out var schema);
        return new TrainedIntentModel(ml, model, schema, normalizer);
    }

    public static TrainedIntentModel Load(string path, TextNormalizer normalizer)
    {
        var ml = new MLContext(1);
        var model = ml.Model.Load(path, out var schema);
        return new TrainedIntentModel(ml, model, schema, normalizer);
    }

    private static string[] ReadSlotNames(ITransformer model, DataViewSchema inputSchema)
    {
        var output = model.GetOutputSchema(inputSchema);
        VBuffer<ReadOnlyMemory<char>> names = default;
        output["Score"].GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    private sealed class EnginePolicy(MLContext ml, ITransformer model) : PooledObjectPolicy<PredictionEngine<IntentRow, IntentScoreRow>>
    {
        public override PredictionEngine<IntentRow, IntentScoreRow> Create() =>
            ml.Model.CreatePredictionEngine<IntentRow, IntentScoreRow>(model);

        public override bool Return(PredictionEngine<IntentRow, IntentScoreRow> obj) => true;
    }
}
