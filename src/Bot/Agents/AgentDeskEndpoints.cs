using Microsoft.Extensions.Options;
using ShopBot.Bot.AfterSales;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Schema;
using ShopBot.Handoff;
using ShopBot.Handoff.Desk;
using ShopBot.Handoff.Routing;

namespace ShopBot.Bot.Agents;

/// <summary>
/// The agent's desk under <c>/api/agent</c>: answer deadlines and the typing ping that moves them, transfers to a named
/// colleague (accept, or decline and the chat goes back to the head of the queue), and internal notes that the buyer
/// never sees. The rest of the conversation endpoints are in <see cref="AgentConversationEndpoints"/>.
/// </summary>
internal static class AgentDeskEndpoints
{
    public static RouteGroupBuilder MapAgentDesk(this RouteGroupBuilder group)
    {
        group.MapGet("/desk", DeskAsync);
        group.MapGet("/colleagues", (HttpContext http, AgentDeskViews views, CancellationToken ct) => ColleaguesAsync(http, views, ct));
        group.MapGet("/transfers", async (HttpContext http, AgentDeskViews views, CancellationToken ct) =>
            Results.Json(await views.OffersAsync(http.Agent().AgentId, ct).ConfigureAwait(false), AgentJsonContext.Default.IReadOnlyListTransferOfferItem));
        group.MapPost("/conversations/{conversationId}/typing", TypingAsync);
        group.MapPost("/conversations/{conversationId}/transfer", TransferAsync);
        group.MapPost("/conversations/{conversationId}/transfer/accept", AcceptAsync);
        group.MapPost("/conversations/{conversationId}/transfer/decline", DeclineAsync);
        group.MapGet("/conversations/{conversationId}/notes", NotesAsync);
        group.MapPost("/conversations/{conversationId}/notes", AddNoteAsync);
        return group;
    }

    private static async Task<IResult> DeskAsync(HttpContext http, AgentDeskViews views, AgentDesk handoff, CancellationToken cancellationToken) =>
        Results.Json(await DeskViewAsync(http, views, handoff, cancellationToken).ConfigureAwait(false), AgentJsonContext.Default.DeskView);

    private static async Task<DeskView> DeskViewAsync(HttpContext http, AgentDeskViews views, AgentDesk handoff, CancellationToken cancellationToken)
    {
        var agentId = http.Agent().AgentId;
        var status = await handoff.GetAgentAsync(agentId, cancellationToken).ConfigureAwait(false);
        return await views.DeskAsync(agentId, status?.Conversations ?? [], cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> ColleaguesAsync(HttpContext http, AgentDeskViews views, CancellationToken cancellationToken) =>
        Results.Json(await views.ColleaguesAsync(http.Agent().AgentId, cancellationToken).ConfigureAwait(false), AgentJsonContext.Default.ColleagueList);

    /// <summary>The agent is typing: the answer deadline moves, and the buyer sees the agent typing (never stored).</summary>
    private static async Task<IResult> TypingAsync(
        HttpContext http, string conversationId, AgentDesk desk, ChannelAdapter adapter, AgentDisplayNames names, CancellationToken cancellationToken)
    {
        var agentId = http.Agent().AgentId;
        if (!await desk.TypingAsync(agentId, conversationId, cancellationToken).ConfigureAwait(false))
        {
            return await NotOwnedAsync(desk, conversationId, cancellationToken).ConfigureAwait(false);
        }

        var typing = new Activity { Type = ActivityTypes.Typing, From = names.AccountOf(agentId) };
        await adapter.ContinueConversationAsync(conversationId, (turn, ct) => turn.SendActivityAsync(typing, ct), cancellationToken).ConfigureAwait(false);

        var deadlines = await desk.AnswerDeadlinesAsync([conversationId], cancellationToken).ConfigureAwait(false);
        return Results.Json(new TypingView(conversationId, deadlines.TryGetValue(conversationId, out var deadline) ? deadline : null), AgentJsonContext.Default.TypingView);
    }

    private static async Task<IResult> TransferAsync(HttpContext http, string conversationId, AgentDesk desk, AgentDeskViews views, IOptions<AgentConsoleOptions> options, CancellationToken cancellationToken)
    {
        var (request, error) = await JsonBodyReader.ReadAsync(http.Request, AgentJsonContext.Default.TransferRequest, options.Value.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var agentId = http.Agent().AgentId;
        var toAgent = request!.ToAgent?.Trim();
        if (string.IsNullOrEmpty(toAgent))
        {
            return ChannelErrors.BadArgument("'toAgent' is required: the agent id of the colleague to transfer to.");
        }

        if (toAgent == agentId)
        {
            return ChannelErrors.BadArgument("'toAgent' must be a colleague, not yourself.");
        }

        if (!views.IsAgent(toAgent))
        {
            return ChannelErrors.Create(StatusCodes.Status404NotFound, "UnknownAgent", "No agent with this id; see GET /api/agent/colleagues.");
        }

        return await desk.OfferTransferAsync(agentId, conversationId, toAgent, cancellationToken).ConfigureAwait(false) switch
        {
            TransitionOutcome.Applied => Results.Json(new TransferView(conversationId, toAgent, views.NameOf(toAgent), "offered"), AgentJsonContext.Default.TransferView, statusCode: StatusCodes.Status202Accepted),
            TransitionOutcome.AgentUnavailable => AgentErrors.Conflict("ColleagueUnavailable", "这位同事现在不在线，无法转接。The colleague is not online."),
            _ => await NotOwnedAsync(desk, conversationId, cancellationToken).ConfigureAwait(false),
        };
    }

    private static async Task<IResult> AcceptAsync(HttpContext http, string conversationId, AgentDesk desk, AgentViews views, CancellationToken cancellationToken)
    {
        var claim = await desk.AcceptTransferAsync(http.Agent().AgentId, conversationId, cancellationToken).ConfigureAwait(false);
        if (claim.Handover is { } handover)
        {
            return Results.Json(await views.ConversationAsync(handover, cancellationToken).ConfigureAwait(false) with { Delivered = claim.Delivered }, AgentJsonContext.Default.ConversationView);
        }

        return claim.Change.Outcome == TransitionOutcome.AgentUnavailable
            ? AgentErrors.Conflict("AgentUnavailable", "You cannot take a chat now: set your presence to online, or finish a chat if you hold as many as your capacity allows.")
            : NoOffer();
    }

    private static async Task<IResult> DeclineAsync(HttpContext http, string conversationId, AgentDesk desk, CancellationToken cancellationToken)
    {
        var change = await desk.DeclineTransferAsync(http.Agent().AgentId, conversationId, cancellationToken).ConfigureAwait(false);
        if (change is null)
        {
            return NoOffer();
        }

        var routing = change.Routing ?? ConversationRouting.Unknown(conversationId);
        return Results.Json(new RoutingView(conversationId, WireNames.Of(routing.Status), routing.AgentId, change.Applied, change.Delivered), AgentJsonContext.Default.RoutingView);
    }

    private static async Task<IResult> NotesAsync(HttpContext http, string conversationId, AgentDesk desk, AgentDeskViews views, CancellationToken cancellationToken)
    {
        var error = await NotesAllowedAsync(http, conversationId, desk, cancellationToken).ConfigureAwait(false);
        return error ?? Results.Json(views.Notes(await desk.NotesAsync(conversationId, cancellationToken).ConfigureAwait(false)), AgentJsonContext.Default.NoteList);
    }

    private static async Task<IResult> AddNoteAsync(HttpContext http, string conversationId, AgentDesk desk, AgentDeskViews views, IOptions<AgentConsoleOptions> options, CancellationToken cancellationToken)
    {
        var (request, error) = await JsonBodyReader.ReadAsync(http.Request, AgentJsonContext.Default.NoteRequest, options.Value.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var text = request!.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return ChannelErrors.BadArgument("'text' is required and must not be blank.");
        }

        if (text.Length > AgentDesk.MaxNoteLength)
        {
            return AgentErrors.TextTooLong(AgentDesk.MaxNoteLength);
        }

        error = await NotesAllowedAsync(http, conversationId, desk, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var note = await desk.AddNoteAsync(http.Agent().AgentId, conversationId, text, cancellationToken).ConfigureAwait(false);
        return Results.Json(views.Note(note), AgentJsonContext.Default.NoteItem, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>Notes are for the agent who holds the chat, and for a colleague it is offered to (to read up before accepting).</summary>
    private static async Task<IResult?> NotesAllowedAsync(HttpContext http, string conversationId, AgentDesk desk, CancellationToken cancellationToken)
    {
        var routing = await desk.GetRoutingAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (routing.Ticket is null)
        {
            return AgentErrors.UnknownConversation();
        }

        return await desk.MayUseNotesAsync(http.Agent().AgentId, routing, cancellationToken).ConfigureAwait(false) ? null : AgentErrors.NotYours();
    }

    private static async Task<IResult> NotOwnedAsync(AgentDesk desk, string conversationId, CancellationToken cancellationToken) =>
        (await desk.GetRoutingAsync(conversationId, cancellationToken).ConfigureAwait(false)).Ticket is null
            ? AgentErrors.UnknownConversation()
            : AgentErrors.NotYours();

    private static IResult NoOffer() =>
        ChannelErrors.Create(StatusCodes.Status404NotFound, "NoTransfer", "No transfer of this conversation is offered to you (any more).");
}
