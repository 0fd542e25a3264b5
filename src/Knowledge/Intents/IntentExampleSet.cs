namespace ShopBot.Knowledge.Intents;

/// <summary>
/// The training examples: one file per intent under <c>knowledge-base/intents/</c>, named <c>{intent}.txt</c>,
/// one utterance per line; blank lines and lines starting with <c>#</c> are ignored.
/// </summary>
public sealed class IntentExampleSet(IReadOnlyList<IntentExample> examples, DateTime lastWriteUtc)
{
    public IReadOnlyList<IntentExample> Examples { get; } = examples;

    /// <summary>When the newest example file was written: a model older than this is retrained.</summary>
    public DateTime LastWriteUtc { get; } = lastWriteUtc;

    public IReadOnlyList<string> Intents => Examples.Select(e => e.Intent).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public static IntentExampleSet Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The intent examples folder '{directory}' does not exist.");
        }

        var files = Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InvalidDataException($"No intent example files (*.txt) in '{directory}'.");
        }

        var examples = new List<IntentExample>();
        foreach (var file in files)
        {
            var intent = Path.GetFileNameWithoutExtension(file);
            examples.AddRange(ReadLines(file).Select(text => new IntentExample(intent, text)));
        }

        return new IntentExampleSet(examples, files.Max(File.GetLastWriteTimeUtc));
    }

    public static IEnumerable<string> ReadLines(string file) =>
        File.ReadLines(file)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'));
}
