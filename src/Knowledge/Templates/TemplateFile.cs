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
            return TemplateParseResult.Failed($"{fileName}：模板文件名只能是小写字母和下划线，以 .yaml 结尾。");
        }

        RawFile? raw;
        try
        {
            raw = Deserializer.Deserialize<RawFile?>(yaml);
        }
        catch (YamlException exception)
        {
            return TemplateParseResult.Failed($"{fileName}：第 {exception.Start.Line} 行不是有效的模板 YAML（{exception.InnerException?.Message ?? exception.Message}）");
        }

        var area = Path.GetFileNameWithoutExtension(fileName);
        if (raw is null || !string.Equals(raw.Area, area, StringComparison.Ordinal))
        {
            return TemplateParseResult.Failed($"{fileName}：文件必须以“area: {area}”开头（文件名去掉 .yaml）。");
        }

        var problems = new List<string>();
        var templates = new List<ReplyTemplate>();
        if (raw.Situations is not { Count: > 0 })
        {
            problems.Add($"{fileName}：没有任何情景。");
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
            problems.Add($"{fileName}：情景名“{situation}”只能是小写字母、数字和下划线。");
        }

        var texts = variants.Select(v => (v ?? string.Empty).Trim()).ToList();
        if (texts.Count == 0 || texts.Any(t => t.Length == 0))
        {
            problems.Add($"{id}：每个情景至少要有一种说法，且不能有空的说法。");
        }

        IReadOnlySet<string>? slots = null;
        for (var i = 0; i < texts.Count; i++)
        {
            var where = $"{id} 第 {i + 1} 种说法";
            var text = texts[i];
            if (text.Length > MaxVariantLength)
            {
                problems.Add($"{where}：有 {text.Length} 个字，最多 {MaxVariantLength} 个字。");
            }

            var (found, slotProblems) = TemplateText.Inspect(text);
            problems.AddRange(slotProblems.Select(p => $"{where}: {p}"));
            if (slots is null)
            {
                slots = found;
            }
            else if (!slots.SetEquals(found))
            {
                problems.Add($"{where}：用了占位符 {{{string.Join("}, {", found.Order(StringComparer.Ordinal))}}}，而第 1 种说法用的是 {{{string.Join("}, {", slots.Order(StringComparer.Ordinal))}}}；每种说法的占位符必须相同。");
            }

            var verdict = screen.Screen(TemplateText.WithoutSlots(text));
            if (!verdict.Allowed)
            {
                problems.Add($"{where}：被回复审核拒绝：{string.Join("，", verdict.Violations.Select(v => $"{KindName(v.Kind)}（{v.Kind.ToString().ToLowerInvariant()}）“{v.Match}”"))}。");
            }
        }

        return problems.Count == before ? new ReplyTemplate(id, area, situation, texts, slots ?? new HashSet<string>(), fileName) : null;
    }

    private static string KindName(ViolationKind kind) => kind switch
    {
        ViolationKind.Superlative => "绝对化用语",
        ViolationKind.Promise => "无法保证的承诺",
        ViolationKind.Rule => "违反平台规则",
        ViolationKind.Contact => "站外联系方式",
        ViolationKind.Abuse => "辱骂",
        _ => kind.ToString(),
    };

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
