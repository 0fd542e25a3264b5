namespace ShopBot.Knowledge.Kernel;

using System.ComponentModel;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using ShopBot.Knowledge.Policies;

/// <summary>The shop's rules: the best entry for the scripted answer, and the few best entries as text for a chat model.</summary>
public sealed class PoliciesPlugin(IPolicySearch policies, IOptions<PolicyOptions> options)
{
    public const int MaxEntries = 3;

    /// <summary>Between the ids of entries to leave out (ids are lower-case letters, digits and '-').</summary>
    public const char SkipSeparator = ',';

    /// <summary>The entries a grounded answer may use: the best few that reach the policies' minimum score.</summary>
    public IReadOnlyList<PolicyEntry> Relevant(string question) =>
        policies.Rank(question, MaxEntries).Where(m => m.Score >= options.Value.MinimumScore).Select(m => m.Entry).ToList();

    [KernelFunction(KernelNames.BestPolicy)]
    [Description("The best policy entry for a question, or null when none is close enough.")]
    public PolicyMatch? BestPolicy(string question, [Description("entry ids to leave out, comma-separated")] string skip = "") =>
        policies.FindBest(question ?? string.Empty, (skip ?? string.Empty).Split(SkipSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    [KernelFunction(KernelNames.SearchPolicies)]
    [Description("在本店规则中检索与问题相关的条目，返回条目标题和原文。")]
    public string SearchPolicies([Description("要查的问题，中文")] string question)
    {
        var entries = Relevant(question ?? string.Empty);
        return entries.Count == 0 ? "本店规则中没有相关条目。" : Format(entries);
    }

    /// <summary>Entries as the prompt and the tool result show them: one block each, id, title and text.</summary>
    public static string Format(IEnumerable<PolicyEntry> entries) =>
        string.Join("\n\n", entries.Select(e => $"【{e.Id}】{e.Title}\n{e.Text}"));
}
