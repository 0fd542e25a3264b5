using Microsoft.Extensions.Options;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Agents.Settlement;
using ShopBot.Bot.Consoles;
using ShopBot.Bot.Finance;
using ShopBot.Handoff;
using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Desk;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;

namespace ShopBot.Bot.Agents;

/// <summary>
/// The agent API under <c>/api/agent</c>: the agent's profile and presence, the queue, claims, and the event stream.
/// Every endpoint needs an agent key; the conversation endpoints are in <see cref="AgentConversationEndpoints"/>.
/// </summary>
public static class AgentApiEndpoints
{
    public const string Prefix = "/api/agent";

    public static IEndpointRouteBuilder MapAgentApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(Prefix).RequireAuthorization(ConsoleRoles.Agent).AddEndpointFilter(NoStoreAsync);
        group.MapGet("/me", MeAsync);
        group.MapPut("/presence", SetPresenceAsync);
        group.MapPost("/heartbeat", HeartbeatAsync);
        group.MapGet("/queue", async (AgentViews views, CancellationToken ct) => Results.Json(await views.QueueAsync(ct).ConfigureAwait(false), AgentJsonContext.Default.QueueView));
        group.MapPost("/claim-next", ClaimNextAsync);
        group.MapGet("/events", (HttpContext http, AgentEventStream stream, CancellationToken ct) => stream.RunAsync(http, http.Agent(), ct));
        group.MapAgentConversations();
        group.MapAgentAttachments();
        group.MapAgentDesk();
        group.MapFinanceRegister();
        group.MapCaseSettlement();
        return endpoints;
    }

    /// <summary>Agent API answers hold buyers' details: no cache keeps them.</summary>
    private static ValueTask<object?> NoStoreAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return next(context);
    }

    private static async Task<IResult> MeAsync(HttpContext http, AgentViews views, CancellationToken cancellationToken) =>
        Results.Json(await views.ProfileAsync(http.Agent(), cancellationToken).ConfigureAwait(false), AgentJsonContext.Default.AgentProfile);

    private static async Task<IResult> SetPresenceAsync(HttpContext http, AgentDesk handoff, AgentViews views, IOptions<AgentConsoleOptions> options, CancellationToken cancellationToken)
    {
        var (request, error) = await JsonBodyReader.ReadAsync(http.Request, AgentJsonContext.Default.PresenceRequest, options.Value.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (request!.Presence is null && request.Capacity is null)
        {
            return ChannelErrors.BadArgument("Send 'presence' ('online', 'away' or 'offline'), 'capacity' (1 to 50), or both.");
        }

        AgentPresence presence = default;
        if (request.Presence is not null && !WireNames.TryParse(request.Presence, out presence))
        {
            return ChannelErrors.BadArgument("'presence' must be 'online', 'away' or 'offline'.");
        }

        if (request.Capacity is < 1 or > 50)
        {
            return ChannelErrors.BadArgument("'capacity' must be a whole number from 1 to 50.");
        }

        var agent = http.Agent();
        if (request.Presence is not null)
        {
            await handoff.SetPresenceAsync(agent.AgentId, presence, cancellationToken).ConfigureAwait(false);
        }

        if (request.Capacity is { } capacity && await handoff.SetCapacityAsync(agent.AgentId, capacity, cancellationToken).ConfigureAwait(false) is null)
        {
            return AgentErrors.Conflict("NoPresence", "Set your presence once before setting your capacity.");
        }

        return Results.Json(await views.ProfileAsync(agent, cancellationToken).ConfigureAwait(false), AgentJsonContext.Default.AgentProfile);
    }

    private static async Task<IResult> HeartbeatAsync(HttpContext http, AgentDesk handoff, CancellationToken cancellationToken) =>
        await handoff.HeartbeatAsync(http.Agent().AgentId, cancellationToken).ConfigureAwait(false)
            ? Results.NoContent()
            : AgentErrors.Conflict("NoPresence", "Set your presence before sending heartbeats.");

    private static async Task<IResult> ClaimNextAsync(HttpContext http, AgentDesk handoff, AgentViews views, CancellationToken cancellationToken)
    {
        var claim = await handoff.ClaimNextAsync(http.Agent().AgentId, cancellationToken).ConfigureAwait(false);
        return claim.Change.Outcome switch
        {
            TransitionOutcome.QueueEmpty => Results.NoContent(),
            _ when claim.Handover is { } handover => Results.Json(await views.ConversationAsync(handover, cancellationToken).ConfigureAwait(false) with { Delivered = claim.Delivered }, AgentJsonContext.Default.ConversationView),
            _ => ClaimRefused(claim.Change),
        };
    }

    /// <summary>Why a claim did not give the agent the conversation.</summary>
    internal static IResult ClaimRefused(QueueChange change) => change.Outcome switch
    {
        TransitionOutcome.AgentUnavailable => AgentErrors.Conflict("AgentUnavailable", "You cannot take a chat now: set your presence to online, or finish a chat if you hold as many as your capacity allows."),
        TransitionOutcome.NotOwner => AgentErrors.Conflict("ClaimedByAnother", "Another agent has already taken this conversation."),
        TransitionOutcome.WrongState when change.Routing?.Ticket is null => AgentErrors.UnknownConversation(),
        _ => AgentErrors.Conflict("NotQueued", $"The conversation is not waiting in the queue (it is {WireNames.Of(change.Routing?.Status ?? RoutingStatus.WithBot)})."),
    };
}
