using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Trainers.Contracts;
using ShopBot.Knowledge;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Bot.Trainers;

/// <summary>
/// Reads and replaces the training example files of <c>knowledge-base/intents/</c>. A file is its header (the
/// comment lines at the top, kept on every save) and the lines below it: examples and <c>#</c> section comments.
/// A save is checked line by line first and written through a temporary file and a rename, so a refused or failed
/// save leaves the file as it was.
/// </summary>
public sealed partial class IntentExampleFiles(KnowledgeBasePaths paths, IOptions<IntentModelOptions> modelOptions)
{
    public const int MaxLineLength = 200;

    public const int MaxLines = 5000;

    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public static bool IsValidIntentName(string intent) => IntentNamePattern().IsMatch(intent);

    /// <summary>The file of an existing intent, or null.</summary>
    public string? FileOf(string intent) =>
        IsValidIntentName(intent) && File.Exists(Path.Combine(paths.Intents, intent + ".txt")) ? Path.Combine(paths.Intents, intent + ".txt") : null;

    public ExampleList List() => new([.. Directory.GetFiles(paths.Intents, "*.txt").Order(StringComparer.Ordinal)
        .Select(file => new ExampleIntentView(Path.GetFileNameWithoutExtension(file), IntentExampleSet.ReadLines(file).Count()))]);

    public async Task<ExampleFileView> ReadAsync(string file, CancellationToken cancellationToken)
    {
        var (header, body) = Split(await File.ReadAllLinesAsync(file, Encoding.UTF8, cancellationToken).ConfigureAwait(false));
        var lines = body.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return new ExampleFileView(Path.GetFileNameWithoutExtension(file), header, lines, lines.Count(IsExample));
    }

    /// <summary>Every problem with the new lines; none means they can be saved.</summary>
    public IReadOnlyList<string> Check(IReadOnlyList<string> lines)
    {
        var problems = new List<string>();
        if (lines.Count > MaxLines)
        {
            return [$"{lines.Count} lines; the limit is {MaxLines}."];
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var where = $"line {i + 1}";
            var line = lines[i]?.Trim() ?? string.Empty;
            if (line.Length == 0)
            {
                problems.Add($"{where} is empty; remove it.");
                continue;
            }

            if (line.Length > MaxLineLength)
            {
                problems.Add($"{where} has {line.Length} characters; the limit is {MaxLineLength}.");
            }

            if (line.Any(char.IsControl))
            {
                problems.Add($"{where} holds a tab, line break or other control character; one example per line, plain text only.");
            }

            if (IsExample(line) && !seen.TryAdd(line, i + 1))
            {
                problems.Add($"{where} repeats line {seen[line]}: \"{line}\".");
            }
        }

        var folds = modelOptions.Value.CrossValidationFolds;
        if (seen.Count < folds)
        {
            problems.Add($"{seen.Count} examples; an intent needs at least {folds} (one per cross-validation fold) to stay in the model.");
        }

        return problems;
    }

    /// <summary>Replaces the lines below the header; call <see cref="Check"/> first.</summary>
    public async Task<int> SaveAsync(string file, IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (header, _) = Split(await File.ReadAllLinesAsync(file, Encoding.UTF8, cancellationToken).ConfigureAwait(false));
            var content = string.Join('\n', header.Concat(lines.Select(l => l.Trim()))) + "\n";
            var temporary = Path.Combine(paths.Intents, $".{Path.GetFileName(file)}.{Guid.NewGuid():N}.tmp");
            try
            {
                await File.WriteAllTextAsync(temporary, content, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
                File.Move(temporary, file, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }

            return lines.Count(l => IsExample(l.Trim()));
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static bool IsExample(string line) => !line.StartsWith('#');

    private static (List<string> Header, List<string> Body) Split(string[] lines)
    {
        var headerLength = lines.TakeWhile(l => l.TrimStart().StartsWith('#')).Count();
        return ([.. lines.Take(headerLength)], [.. lines.Skip(headerLength)]);
    }

    [GeneratedRegex("^[a-z][a-z_]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex IntentNamePattern();
}
