using System.Text.RegularExpressions;
using ShopBot.Knowledge.Screening;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace ShopBot.Knowledge.Templates;

/// <summary>
/// Reads one trainer-edited template file: <c>area: track</c> and <c>situations:</c>, a map from situation to its
/// variants. Everything wrong with the file is collected, so the trainer sees all problems at once; a variant that
/// fails the reply screen (its slots left out) refuses the file.
/// </summary>
public static partial class TemplateFile
{
    public const int MaxVariantLength = 600;

    // A situation written twice would otherwise keep only the last one, silently.
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().WithDuplicateKeyChecking().Build();

    public static bool IsValidFileName(string fileName) => FileNamePattern().IsMatch(fileName);

    public static TemplateParseResult Parse(string yaml, string fileName, IReplyScreen screen)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(screen);
        if (!IsValidFileName(fileName))
        {
            return TemplateParseResult.Failed($"{fileName}: a template file name is lower-case letters and '_' ending in .yaml.");
        }

        RawFile? raw;
        try
        {
            raw = Deserializer.Deserialize<RawFile?>(yaml);
        }
        catch (YamlException exception)
        {
            return TemplateParseResult.Failed($"{fileName}: not valid template YAML at line {exception.Start.Line}: {exception.InnerException?.Message ?? exception.Message}");
        }

        var area = Path.GetFileNameWithoutExtension(fileName);
        if (raw is null || !string.Equals(raw.Area, area, StringComparison.Ordinal))
        {
            return TemplateParseResult.Failed($"{fileName}: the file must start with 'area: {area}' (the file name without .yaml).");
        }

        var problems = new List<string>();
        var templates = new List<ReplyTemplate>();
        if (raw.Situations is not { Count: > 0 })
        {
            problems.Add($"{fileName}: no situations.");
        }

        foreach (var (situation, variants) in raw.Situations ?? [])
        {
            var template = Situation(fileName, area, situation, variants ?? [], screen, problems);
            if (template is not null)
            {
                templates.Add(template);
            }
        }

        return new TemplateParseResult(problems.Count == 0 ? templates : [], problems);
    }

    private static ReplyTemplate? Situation(string fileName, string area, string situation, List<string> variants, IReplyScreen screen, List<string> problems)
    {
        var id = $"{area}.{situation}";
        var before = problems.Count;
        if (!SituationPattern().IsMatch(situation))
        {
            problems.Add($"{fileName}: situation '{situation}' must be lower-case letters, digits and '_'.");
        }

        var texts = variants.Select(v => (v ?? string.Empty).Trim()).ToList();
        if (texts.Count == 0 || texts.Any(t => t.Length == 0))
        {
            problems.Add($"{id}: every situation needs at least one variant, and no variant may be empty.");
        }

        IReadOnlySet<string>? slots = null;
        for (var i = 0; i < texts.Count; i++)
        {
            var where = $"{id} variant {i + 1}";
            var text = texts[i];
            if (text.Length > MaxVariantLength)
            {
                problems.Add($"{where}: {text.Length} characters; the limit is {MaxVariantLength}.");
            }

            var (found, slotProblems) = TemplateText.Inspect(text);
            problems.AddRange(slotProblems.Select(p => $"{where}: {p}"));
            if (slots is null)
            {
                slots = found;
            }
            else if (!slots.SetEquals(found))
            {
                problems.Add($"{where}: uses slots {{{string.Join("}, {", found.Order(StringComparer.Ordinal))}}} but variant 1 uses {{{string.Join("}, {", slots.Order(StringComparer.Ordinal))}}}; every variant must use the same slots.");
            }

            var verdict = screen.Screen(TemplateText.WithoutSlots(text));
            if (!verdict.Allowed)
            {
                problems.Add($"{where}: refused by the reply screen: {string.Join(", ", verdict.Violations.Select(v => $"{v.Kind.ToString().ToLowerInvariant()} '{v.Match}'"))}.");
            }
        }

        return problems.Count == before ? new ReplyTemplate(id, area, situation, texts, slots ?? new HashSet<string>(), fileName) : null;
    }

    [GeneratedRegex("^[a-z][a-z_]*\\.yaml$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SituationPattern();

    private sealed class RawFile
    {
        [YamlMember(Alias = "area")]
        public string Area { get; set; } = string.Empty;

        [YamlMember(Alias = "situations")]
        public Dictionary<string, List<string>?>? Situations { get; set; }
    }
}
