using Microsoft.Extensions.Options;
using ShopBot.Bot.Channels;

namespace ShopBot.Bot.Agents.Settlement;

/// <summary><c>POST /api/agent/cases/{caseId}/resolve</c>: an agent settles a case (see <see cref="CaseSettlement"/>).</summary>
public static class CaseSettlementEndpoints
{
    /// <summary>Maps the call on a group that already requires the agent role.</summary>
    public static RouteGroupBuilder MapCaseSettlement(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/cases/{caseId}/resolve", ResolveAsync);
        return group;
    }

    private static async Task<IResult> ResolveAsync(HttpContext http, string caseId, CaseSettlement settlement, IOptions<AgentConsoleOptions> options, CancellationToken cancellationToken)
    {
        var (request, error) = await JsonBodyReader.ReadAsync(http.Request, SettlementJsonContext.Default.SettleRequest, options.Value.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var agent = http.Agent();
        var (resolution, refused) = SettleRules.Check(request!, agent.AgentId);
        if (refused is not null)
        {
            return refused;
        }

        // Once checked, the settlement is finished even if the agent's page goes away: the buyer is told either way.
        var outcome = await settlement.SettleAsync(agent, caseId, resolution!, CancellationToken.None).ConfigureAwait(false);
        return outcome.Error ?? Results.Json(outcome.View, SettlementJsonContext.Default.SettlementView);
    }
}
