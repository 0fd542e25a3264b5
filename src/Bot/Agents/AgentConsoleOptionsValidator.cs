using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ShopBot.Bot.Agents;

/// <summary>
/// Fails start-up on keys that are short, shared or the shipped development keys outside Development, and on agent ids
/// the handoff cannot use, naming the entry.
/// </summary>
internal sealed partial class AgentConsoleOptionsValidator(IHostEnvironment environment) : IValidateOptions<AgentConsoleOptions>
{
    public const int MinKeyLength = 16;

    /// <summary>Keys starting with this are the development keys of <c>appsettings.json</c>, refused outside Development.</summary>
    public const string DevelopmentKeyPrefix = "dev-";

    public ValidateOptionsResult Validate(string? name, AgentConsoleOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Agents.Count; i++)
        {
            var agent = options.Agents[i];
            if ((agent.Key ?? string.Empty).Length < MinKeyLength)
            {
                failures.Add($"Consoles:Agents:{i}:Key must be at least {MinKeyLength} characters.");
            }

            if (!environment.IsDevelopment() && (agent.Key ?? string.Empty).StartsWith(DevelopmentKeyPrefix, StringComparison.Ordinal))
            {
                failures.Add($"Consoles:Agents:{i}:Key is a development key; set a real one with the environment variable Consoles__Agents__{i}__Key.");
            }

            if (!AgentIdPattern().IsMatch(agent.AgentId ?? string.Empty))
            {
                failures.Add($"Consoles:Agents:{i}:AgentId must be 1 to 32 letters, digits, '_', '.' or '-'.");
            }

            if (string.IsNullOrWhiteSpace(agent.Name))
            {
                failures.Add($"Consoles:Agents:{i}:Name is required.");
            }
        }

        ValidateSupervisors(options.Supervisors, failures);
        var keys = options.Agents.Select(a => a.Key).Concat(options.Supervisors.Select(s => s.Key));
        if (keys.GroupBy(k => k, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            failures.Add("Consoles:Agents and Consoles:Supervisors keys must be unique: every agent and supervisor needs their own key.");
        }

        var ids = options.Agents.Select(a => a.AgentId).Concat(options.Supervisors.Select(s => s.HandoffId));
        if (ids.GroupBy(id => id, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            failures.Add("Consoles:Agents agent ids (and the ids supervisors work the desk under) must be unique.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void ValidateSupervisors(List<SupervisorAccount> supervisors, List<string> failures)
    {
        for (var i = 0; i < supervisors.Count; i++)
        {
            var supervisor = supervisors[i];
            var key = supervisor.Key ?? string.Empty;
            if (key.Trim().Length < SupervisorAccount.MinKeyLength || key.Any(char.IsWhiteSpace))
            {
                failures.Add($"Consoles:Supervisors:{i}:Key must be at least {SupervisorAccount.MinKeyLength} characters without spaces.");
            }

            if (!environment.IsDevelopment() && key.StartsWith(DevelopmentKeyPrefix, StringComparison.Ordinal))
            {
                failures.Add($"Consoles:Supervisors:{i}:Key is a development key; set a real one with the environment variable Consoles__Supervisors__{i}__Key.");
            }

            if (string.IsNullOrWhiteSpace(supervisor.Name))
            {
                failures.Add($"Consoles:Supervisors:{i}:Name is required.");
            }
            else if (!AgentIdPattern().IsMatch(supervisor.HandoffId))
            {
                failures.Add($"Consoles:Supervisors:{i}: the desk id (AgentId, else Name) must be 1 to 32 letters, digits, '_', '.' or '-'; set AgentId.");
            }
        }
    }

    [GeneratedRegex(@"^[\p{L}\p{N}_.-]{1,32}$")]
    private static partial Regex AgentIdPattern();
}
