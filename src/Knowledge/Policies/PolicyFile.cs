using ShopBot.Knowledge.Screening;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ShopBot.Knowledge.Policies;

/// <summary>
/// Reads the trainer-edited policy files (<c>*.yaml</c>, each a list of entries with id, title, text, questions and optional keywords).
/// A file with a broken entry is refused with the file, the entry and the reason; the text a buyer may be shown
/// must pass the reply screen.
/// </summary>
public static partial class PolicyFile
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static IReadOnlyList<PolicyEntry> LoadFolder(string folder, IReplyScreen screen)
    {
        if (!Directory.Exists(folder))
        {
            throw new InvalidDataException($"The policy folder '{folder}' does not exist.");
        }

        var entries = Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .SelectMany(file => Parse(File.ReadAllText(file), Path.GetFileName(file), screen))
            .ToList();
        var duplicate = entries.GroupBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? entries
            : throw new InvalidDataException($"Policy id '{duplicate.Key}' is used twice ({string.Join(", ", duplicate.Select(e => e.File))}).");
    }

    public static IReadOnlyList<PolicyEntry> Parse(string yaml, string fileName, IReplyScreen screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        List<RawEntry>? raw;
        try
        {
            raw = Deserializer.Deserialize<List<RawEntry>?>(yaml);
        }
        catch (YamlException exception)
        {
            throw new InvalidDataException($"{fileName}: not valid policy YAML at line {exception.Start.Line}: {exception.InnerException?.Message ?? exception.Message}");
        }

        return (raw ?? []).Select((entry, index) => Validate(entry, index, fileName, screen)).ToList();
    }

    private static PolicyEntry Validate(RawEntry raw, int index, string fileName, IReplyScreen screen)
    {
        var where = $"{fileName}: entry {index + 1}{(string.IsNullOrWhiteSpace(raw.Id) ? string.Empty : $" ('{raw.Id}')")}";
        if (string.IsNullOrWhiteSpace(raw.Id) || !IdPattern().IsMatch(raw.Id))
        {
            throw new InvalidDataException($"{where}: id must be lower-case letters, digits and '-'.");
        }

        if (string.IsNullOrWhiteSpace(raw.Title) || string.IsNullOrWhiteSpace(raw.Text))
        {
            throw new InvalidDataException($"{where}: title and text are required.");
        }

        var questions = (raw.Questions ?? []).Where(q => !string.IsNullOrWhiteSpace(q)).Select(q => q.Trim()).ToList();
        if (questions.Count == 0)
        {
            throw new InvalidDataException($"{where}: give at least one question the entry answers.");
        }

        var text = raw.Text.Trim();
        var more = string.IsNullOrWhiteSpace(raw.More) ? null : raw.More.Trim();
        var verdict = screen.Screen(more is null ? text : text + "\n" + more);
        return verdict.Allowed
            ? new PolicyEntry(raw.Id.Trim(), raw.Title.Trim(), text, questions, fileName, Keywords(raw), more)
            : throw new InvalidDataException($"{where}: the text fails the reply screen: {string.Join(", ", verdict.Violations.Select(v => $"{v.Kind.ToString().ToLowerInvariant()} '{v.Match}'"))}.");
    }

    private static List<string> Keywords(RawEntry raw) =>
        (raw.Keywords ?? []).Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).ToList();

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial System.Text.RegularExpressions.Regex IdPattern();

    private sealed class RawEntry
    {
        public string Id { get; set; } = string.Empty;

        public string Title { get; set; } = string.Empty;

        public string Text { get; set; } = string.Empty;

        public List<string>? Questions { get; set; }

        public List<string>? Keywords { get; set; }

        public string? More { get; set; }
    }
}
