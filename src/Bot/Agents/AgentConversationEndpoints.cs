using Microsoft.Extensions.Options;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Schema;
using ShopBot.Handoff;
using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Desk;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;

namespace ShopBot.Bot.Agents;

/// <summary>
/// One conversation under <c>/api/agent/conversations/{id}</c>: claim it, read it, screen and send replies, release
/// it to the queue, hand it back to the bot, close it. Only the agent who owns a conversation may read or answer it.
/// </summary>
internal static class AgentConversationEndpoints
{
    private const int MaxReasonLength = 200;

    public static RouteGroupBuilder MapAgentConversations(this RouteGroupBuilder group)
    {
        group.MapPost("/conversations/{conversationId}/claim", ClaimAsync);
        group.MapGet("/conversations/{conversationId}", GetAsync);
        group.MapGet("/conversations/{conversationId}/canned-replies", CannedAsync);
        group.MapPost("/conversations/{conversationId}/screen", ScreenAsync);
        group.MapPost("/conversations/{conversationId}/messages", SendAsync);
        group.MapPost("/conversations/{conversationId}/release", (HttpContext http, string conversationId, AgentDesk handoff, IOptions<AgentConsoleOptions> options, CancellationToken ct) =>
            ChangeAsync(http, conversationId, handoff, options.Value, "released by the agent", (agent, reason) => handoff.ReleaseAsync(agent, conversationId, reason, ct), ct));
        group.MapPost("/conversations/{conversationId}/handback", (HttpContext http, string conversationId, AgentDesk handoff, IOptions<AgentConsoleOptions> options, CancellationToken ct) =>
            ChangeAsync(http, conversationId, handoff, options.Value, "handed back to the bot", (agent, reason) => handoff.HandBackAsync(agent, conversationId, reason, ct), ct));
        group.MapPost("/conversations/{conversationId}/close", (HttpContext http, string conversationId, AgentDesk handoff, IOptions<AgentConsoleOptions> options, CancellationToken ct) =>
            ChangeAsync(http, conversationId, handoff, options.Value, "closed by the agent", (agent, reason) => handoff.CloseAsync(agent, conversationId, reason, ct), ct));
        return group;
    }

    private static async Task<IResult> ClaimAsync(HttpContext http, string conversationId, AgentDesk handoff, AgentViews views, CancellationToken cancellationToken)
    {
        var agent = http.Agent();
        var claim = await handoff.ClaimAsync(agent.AgentId, conversationId, cancellationToken).ConfigureAwait(false);
        // Claiming a conversation one already owns (a double click, a retry) answers like the first claim.
        var handover = claim.Handover ?? (claim.Change.Outcome == TransitionOutcome.Unchanged
            ? await handoff.GetHandoverAsync(agent.AgentId, conversationId, cancellationToken).ConfigureAwait(false)
            : null);
        return handover is null
            ? AgentApiEndpoints.ClaimRefused(claim.Change)
            : Results.Json(await views.ConversationAsync(handover, cancellationToken).ConfigureAwait(false) with { Delivered = claim.Delivered }, AgentJsonContext.Default.ConversationView);
    }

    private static async Task<IResult> GetAsync(HttpContext http, string conversationId, AgentDesk handoff, AgentViews views, CancellationToken cancellationToken)
    {
        var (handover, error) = await OwnedAsync(http, conversationId, handoff, cancellationToken).ConfigureAwait(false);
        return error ?? Results.Json(await views.ConversationAsync(handover!, cancellationToken).ConfigureAwait(false), AgentJsonContext.Default.ConversationView);
    }

    private static async Task<IResult> CannedAsync(HttpContext http, string conversationId, AgentDesk handoff, CannedReplies canned, CancellationToken cancellationToken)
    {
        var error = await NotOwnedAsync(http, conversationId, handoff, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var routing = await handoff.GetRoutingAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return routing.Ticket is { } ticket ? Results.Json(canned.For(conversationId, ticket), AgentJsonContext.Default.CannedReplyList) : AgentErrors.UnknownConversation();
    }

    private static async Task<IResult> ScreenAsync(HttpContext http, string conversationId, AgentDesk handoff, AgentReplyScreening screening, IOptions<AgentConsoleOptions> options, CancellationToken cancellationToken)
    {
        var (text, error) = await ReadTextAsync(http, options.Value, cancellationToken).ConfigureAwait(false);
        error ??= await NotOwnedAsync(http, conversationId, handoff, cancellationToken).ConfigureAwait(false);
        return error ?? Results.Json(screening.Screen(text!), AgentJsonContext.Default.ScreenResult);
    }

    private static async Task<IResult> SendAsync(HttpContext http, string conversationId, AgentDesk handoff, AgentReplyScreening screening, IOptions<AgentConsoleOptions> options, CancellationToken cancellationToken)
    {
        var (text, error) = await ReadTextAsync(http, options.Value, cancellationToken).ConfigureAwait(false);
        error ??= await NotOwnedAsync(http, conversationId, handoff, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        ScreenResult? verdict = null;
        var result = await handoff.SendReplyAsync(http.Agent().AgentId, conversationId, text!, (draft, _) =>
        {
            verdict = screening.Screen(draft);
            return Task.FromResult(verdict.Allowed ? ScreenedReply.Allow(draft) : ScreenedReply.Block([.. verdict.Violations.Select(v => $"{v.Kind} '{v.Match}' at {v.Index}")]));
        }, CancellationToken.None).ConfigureAwait(false);
        return result.Outcome switch
        {
            AgentReplyOutcome.Sent => Results.Json(new SentReply(conversationId, result.SentText!, result.Delivered), AgentJsonContext.Default.SentReply),
            AgentReplyOutcome.Blocked => Results.Json(
                new ReplyBlockedResponse(new Error("ReplyBlocked", "The reply screen refused this reply; nothing was sent. Edit out the violations and send again."), verdict?.Violations ?? []),
                AgentJsonContext.Default.ReplyBlockedResponse,
                statusCode: StatusCodes.Status422UnprocessableEntity),
            _ => AgentErrors.NotYours(),
        };
    }

    private static async Task<IResult> ChangeAsync(HttpContext http, string conversationId, AgentDesk handoff, AgentConsoleOptions options, string defaultReason, Func<string, string, Task<QueueChange>> change, CancellationToken cancellationToken)
    {
        var reason = defaultReason;
        if (HasBody(http.Request))
        {
            var (request, error) = await JsonBodyReader.ReadAsync(http.Request, AgentJsonContext.Default.ReasonRequest, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                return error;
            }

            if (request!.Reason is { Length: > MaxReasonLength })
            {
                return ChannelErrors.BadArgument($"'reason' is longer than {MaxReasonLength} characters.");
            }

            reason = string.IsNullOrWhiteSpace(request.Reason) ? defaultReason : request.Reason.Trim();
        }

        var agent = http.Agent();
        var done = await change(agent.AgentId, reason).ConfigureAwait(false);
        var routing = done.Routing ?? ConversationRouting.Unknown(conversationId);
        if (done.Outcome == TransitionOutcome.Unchanged && routing.Ticket is not null
            && !await MadeTheLastChangeAsync(handoff, conversationId, agent.AgentId, cancellationToken).ConfigureAwait(false))
        {
            var status = WireNames.Of(routing.Status);
            return AgentErrors.Conflict("AlreadyDone",
                $"这个会话已经由别人处理为 {status}，您的操作没有生效。The conversation is already {status}, by someone else; nothing was changed.");
        }

        return done.Outcome switch
        {
            TransitionOutcome.Applied or TransitionOutcome.Unchanged when routing.Ticket is not null =>
                Results.Json(new RoutingView(conversationId, WireNames.Of(routing.Status), routing.AgentId, done.Applied, done.Delivered), AgentJsonContext.Default.RoutingView),
            TransitionOutcome.NotOwner => AgentErrors.NotYours(),
            _ when routing.Ticket is null => AgentErrors.UnknownConversation(),
            _ => AgentErrors.Conflict("WrongState", $"The conversation is {WireNames.Of(routing.Status)}, so this cannot be done now."),
        };
    }

    /// <summary>
    /// A repeat of one's own release, hand-back or close (a double click, a retry) answers like the first; the same call
    /// on a conversation someone else already ended or released is not the caller's to confirm.
    /// </summary>
    private static async Task<bool> MadeTheLastChangeAsync(AgentDesk handoff, string conversationId, string agentId, CancellationToken cancellationToken)
    {
        var history = await handoff.GetHistoryAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return history.Count > 0 && string.Equals(history[^1].Actor, "agent:" + agentId, StringComparison.Ordinal);
    }

    /// <summary>
    /// Null when the agent owns the conversation; else 404 for one never handed to a person, 403 for anyone else's. The
    /// live screen runs this on every pause in typing, so it reads the owner only, never the handover's transcript.
    /// </summary>
    private static async Task<IResult?> NotOwnedAsync(HttpContext http, string conversationId, AgentDesk desk, CancellationToken cancellationToken)
    {
        if (await desk.OwnsAsync(http.Agent().AgentId, conversationId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var routing = await desk.GetRoutingAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return routing.Ticket is null ? AgentErrors.UnknownConversation() : AgentErrors.NotYours();
    }

    /// <summary>The handover when the agent owns the conversation; else 404 for one never handed to a person, 403 for anyone else's.</summary>
    private static async Task<(AgentHandover? Handover, IResult? Error)> OwnedAsync(HttpContext http, string conversationId, AgentDesk handoff, CancellationToken cancellationToken)
    {
        var handover = await handoff.GetHandoverAsync(http.Agent().AgentId, conversationId, cancellationToken).ConfigureAwait(false);
        if (handover is not null)
        {
            return (handover, null);
        }

        var routing = await handoff.GetRoutingAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return (null, routing.Ticket is null ? AgentErrors.UnknownConversation() : AgentErrors.NotYours());
    }

    private static async Task<(string? Text, IResult? Error)> ReadTextAsync(HttpContext http, AgentConsoleOptions options, CancellationToken cancellationToken)
    {
        var (request, error) = await JsonBodyReader.ReadAsync(http.Request, AgentJsonContext.Default.ReplyRequest, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, error);
        }

        var text = request!.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return (null, ChannelErrors.BadArgument("'text' is required and must not be blank."));
        }

        return text.EnumerateRunes().Count() > options.MaxReplyLength ? (null, AgentErrors.TextTooLong(options.MaxReplyLength)) : (text, null);
    }

    private static bool HasBody(HttpRequest request) => request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0;
}
