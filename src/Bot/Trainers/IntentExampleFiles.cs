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
        .Select(file => new ExampleIntentView(Path.GetFileNameWithoutExtension(file), IntentNames.Of(Path.GetFileNameWithoutExtension(file)), IntentExampleSet.ReadLines(file).Count()))]);

    public async Task<ExampleFileView> ReadAsync(string file, CancellationToken cancellationToken)
    {
        var (header, body) = Split(await File.ReadAllLinesAsync(file, Encoding.UTF8, cancellationToken).ConfigureAwait(false));
        var lines = body.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var intent = Path.GetFileNameWithoutExtension(file);
        return new ExampleFileView(intent, IntentNames.Of(intent), header, lines, lines.Count(IsExample));
    }

    /// <summary>Every problem with the new lines; none means they can be saved.</summary>
    public IReadOnlyList<string> Check(IReadOnlyList<string> lines)
    {
        var problems = new List<string>();
        if (lines.Count > MaxLines)
        {
            return [$"共 {lines.Count} 行，最多 {MaxLines} 行。"];
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var where = $"第 {i + 1} 行";
            var line = lines[i]?.Trim() ?? string.Empty;
            if (line.Length == 0)
            {
                problems.Add($"{where}是空行，请删掉。");
                continue;
            }

            if (line.Length > MaxLineLength)
            {
                problems.Add($"{where}有 {line.Length} 个字，一句最多 {MaxLineLength} 个字。");
            }

            if (line.Any(char.IsControl))
            {
                problems.Add($"{where}含有制表符、换行或其他控制字符：一行一句，只写纯文本。");
            }

            if (IsExample(line) && !seen.TryAdd(line, i + 1))
            {
                problems.Add($"{where}与第 {seen[line]} 行重复：“{line}”。");
            }
        }

        var folds = modelOptions.Value.CrossValidationFolds;
        if (seen.Count < folds)
        {
            problems.Add($"只有 {seen.Count} 条例句；每个意图至少要 {folds} 条（交叉验证每一折一条）才能留在模型里。");
        }

        return problems;
    }

    /// <summary>Replaces the lines below the header; call <see cref="Check"/> first.</summary>
    public async Task<int> SaveAsync(string file, IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await WriteAsync(file, lines, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>
    /// Appends one example under the write lock, checked like a save; the problems when refused (nothing written),
    /// else none and the new number of examples.
    /// </summary>
    public async Task<(IReadOnlyList<string> Problems, int Count)> AddAsync(string file, string example, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (_, body) = Split(await File.ReadAllLinesAsync(file, Encoding.UTF8, cancellationToken).ConfigureAwait(false));
            var lines = body.Select(l => l.Trim()).Where(l => l.Length > 0).Append(example.Trim()).ToList();
            var problems = Check(lines);
            if (problems.Count > 0)
            {
                return (problems, 0);
            }

            return ([], await WriteAsync(file, lines, cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<int> WriteAsync(string file, IReadOnlyList<string> lines, CancellationToken cancellationToken)
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

    private static bool IsExample(string line) => !line.StartsWith('#');

    private static (List<string> Header, List<string> Body) Split(string[] lines)
    {
        var headerLength = lines.TakeWhile(l => l.TrimStart().StartsWith('#')).Count();
        return ([.. lines.Take(headerLength)], [.. lines.Skip(headerLength)]);
    }

    [GeneratedRegex("^[a-z][a-z_]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex IntentNamePattern();
}
