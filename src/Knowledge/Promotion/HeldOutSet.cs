using ShopBot.Knowledge.Evaluation;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Promotion;

/// <summary>
/// The lines of <c>knowledge-base/evaluation/*.tsv</c> the promotion gate compares models on. A line whose
/// normalised text is also a training example is left out: the gate only counts lines no model was trained on.
/// </summary>
public sealed record HeldOutSet(IReadOnlyList<string> Files, IReadOnlyList<LabeledLine> Lines, int LeftOut)
{
    public static HeldOutSet Load(KnowledgeBasePaths paths, IReadOnlyList<IntentExample> training, TextNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(normalizer);
        if (!Directory.Exists(paths.Evaluation))
        {
            return new HeldOutSet([], [], 0);
        }

        var files = Directory.GetFiles(paths.Evaluation, "*.tsv").Order(StringComparer.Ordinal).ToList();
        var trained = training.Select(e => normalizer.Normalize(e.Text)).ToHashSet(StringComparer.Ordinal);
        var all = files.SelectMany(LineFileReader.ReadLabeled).ToList();
        var kept = all.Where(line => !trained.Contains(normalizer.Normalize(line.Text))).ToList();
        return new HeldOutSet([.. files.Select(Path.GetFileName).OfType<string>()], kept, all.Count - kept.Count);
    }
}
