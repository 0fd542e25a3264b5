using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ShopBot.Knowledge.Screening;

/// <summary>
/// Every term the screen knows, read from the trainer-owned folder <c>knowledge-base/screening/</c>:
/// <c>superlatives.txt</c>, <c>allowed.txt</c>, <c>promises.txt</c>, <c>contact.txt</c>, <c>abuse.txt</c>,
/// <c>negators.txt</c> and <c>rules.yaml</c>.
/// </summary>
public sealed class ScreeningLexicon(IReadOnlyList<LexiconTerm> terms, IReadOnlyList<ScreeningRule> rules)
{
    public const string Superlatives = "superlatives.txt";
    public const string AllowedWords = "allowed.txt";
    public const string Promises = "promises.txt";
    public const string Contact = "contact.txt";
    public const string Abuse = "abuse.txt";
    public const string Negators = "negators.txt";
    public const string Rules = "rules.yaml";

    /// <summary>The section of <c>promises.txt</c> holding certainty markers; the other section holds delivery times and outcomes.</summary>
    public const string CertainSection = "certain";

    public IReadOnlyList<LexiconTerm> Terms { get; } = terms;

    public IReadOnlyList<ScreeningRule> RuleList { get; } = rules;

    public static ScreeningLexicon Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new ScreeningLexiconException($"{folder}: the screening folder does not exist.");
        }

        var terms = new List<LexiconTerm>();
        foreach (var (_, term, replacement, source) in LexiconFile.Read(Path.Combine(folder, Superlatives)))
        {
            terms.Add(new LexiconTerm(term, TermRole.Banned, ViolationKind.Superlative, replacement ?? string.Empty, null, source));
        }

        terms.AddRange(Plain(folder, AllowedWords, TermRole.Allowed, ViolationKind.Superlative));
        foreach (var (section, term, replacement, source) in LexiconFile.Read(Path.Combine(folder, Promises)))
        {
            var certain = string.Equals(section, CertainSection, StringComparison.OrdinalIgnoreCase);
            terms.Add(new LexiconTerm(term, certain ? TermRole.PromiseMarker : TermRole.PromiseSubject, ViolationKind.Promise, certain ? replacement : null, null, source));
        }

        terms.AddRange(Plain(folder, Contact, TermRole.Banned, ViolationKind.Contact));
        terms.AddRange(Plain(folder, Abuse, TermRole.Banned, ViolationKind.Abuse));
        terms.AddRange(Plain(folder, Negators, TermRole.Negator, ViolationKind.Rule));

        var rules = ReadRules(Path.Combine(folder, Rules));
        foreach (var rule in rules)
        {
            var source = $"{Rules}:{rule.Id}";
            terms.AddRange(rule.Topics.Select(t => new LexiconTerm(t, TermRole.RuleTopic, ViolationKind.Rule, null, rule.Id, source)));
            terms.AddRange(rule.Breaches.Select(t => new LexiconTerm(t, TermRole.RuleBreach, ViolationKind.Rule, null, rule.Id, source)));
            terms.AddRange(rule.Unless.Select(t => new LexiconTerm(t, TermRole.RuleUnless, ViolationKind.Rule, null, rule.Id, source)));
        }

        return new ScreeningLexicon(terms, rules);
    }

    private static IEnumerable<LexiconTerm> Plain(string folder, string file, TermRole role, ViolationKind kind) =>
        LexiconFile.Read(Path.Combine(folder, file)).Select(e => new LexiconTerm(e.Term, role, kind, null, null, e.Source));

    private static List<ScreeningRule> ReadRules(string path)
    {
        if (!File.Exists(path))
        {
            throw new ScreeningLexiconException($"{path}: no such file.");
        }

        List<ScreeningRule>? rules;
        try
        {
            rules = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
                .Deserialize<List<ScreeningRule>>(File.ReadAllText(path));
        }
        catch (YamlException exception)
        {
            throw new ScreeningLexiconException($"{Path.GetFileName(path)}:{exception.Start.Line}: {exception.Message}");
        }

        rules ??= [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (string.IsNullOrWhiteSpace(rule.Id) || !seen.Add(rule.Id))
            {
                throw new ScreeningLexiconException($"{Path.GetFileName(path)}: every rule needs its own id ('{rule.Id}').");
            }

            if (rule.Breaches.Count == 0 || rule.Breaches.Concat(rule.Topics).Concat(rule.Unless).Any(string.IsNullOrWhiteSpace))
            {
                throw new ScreeningLexiconException($"{Path.GetFileName(path)}: rule '{rule.Id}' needs breaches, and no empty words.");
            }
        }

        return rules;
    }
}
