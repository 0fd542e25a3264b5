using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Notifications;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;

namespace ShopBot.Handoff;

public sealed partial class HandoffService
{
    internal const int MaxCapacity = 50;

    /// <summary>Sets an agent's presence; going offline releases every chat they hold to the head of the queue.</summary>
    public async Task<AgentStatus> SetPresenceAsync(string agentId, AgentPresence presence, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        var now = time.GetUtcNow();
        var status = await agents.SetPresenceAsync(agentId, presence, now, cancellationToken).ConfigureAwait(false);
        LogPresence(agentId, presence);
        if (presence != AgentPresence.Offline || status.Conversations.Count == 0)
        {
            return status;
        }

        await ReleaseAllAsync(status, "agent went offline", cancellationToken).ConfigureAwait(false);
        return await agents.GetAsync(agentId, cancellationToken).ConfigureAwait(false) ?? status;
    }

    /// <summary>Sets how many chats the agent may hold at once (1 to 50); null when the agent never set a presence.</summary>
    public Task<AgentStatus?> SetCapacityAsync(string agentId, int capacity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        if (capacity is < 1 or > MaxCapacity)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "Capacity is from 1 to 50 concurrent chats.");
        }

        return agents.SetCapacityAsync(agentId, capacity, cancellationToken);
    }

    /// <summary>Keeps the agent's presence alive; the sweeper takes silent agents offline.</summary>
    public Task<bool> HeartbeatAsync(string agentId, CancellationToken cancellationToken = default) =>
        agents.HeartbeatAsync(agentId, time.GetUtcNow(), cancellationToken);

    public Task<AgentStatus?> GetAgentAsync(string agentId, CancellationToken cancellationToken = default) =>
        agents.GetAsync(agentId, cancellationToken);

    public Task<IReadOnlyList<AgentStatus>> ListAgentsAsync(CancellationToken cancellationToken = default) =>
        agents.ListAsync(cancellationToken);

    /// <summary>Claims the conversation that should be served first.</summary>
    public async Task<AgentClaim> ClaimNextAsync(string agentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        var now = time.GetUtcNow();
        return await AfterClaimAsync(agentId, await queue.ClaimNextAsync(agentId, now, cancellationToken).ConfigureAwait(false), now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Claims a chosen queued conversation.</summary>
    public async Task<AgentClaim> ClaimAsync(string agentId, string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var now = time.GetUtcNow();
        return await AfterClaimAsync(agentId, await queue.ClaimAsync(agentId, conversationId, now, cancellationToken).ConfigureAwait(false), now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The handover of a conversation the agent owns; null for anyone else's, so agents read only their chats.</summary>
    public async Task<AgentHandover?> GetHandoverAsync(string agentId, string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        var routing = await queue.GetRoutingAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return routing.Status == RoutingStatus.WithAgent && routing.AgentId == agentId
            ? await HandoverAsync(routing, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary>
    /// Sends an agent's reply: first the screen, then the ownership check (which also stops the answer clock), and only
    /// then the delivery. A blocked reply or a chat the agent no longer owns sends nothing.
    /// </summary>
    public async Task<AgentReplyResult> SendReplyAsync(string agentId, string conversationId, string text, AgentReplyScreen screen, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentNullException.ThrowIfNull(screen);
        var verdict = await screen(text, cancellationToken).ConfigureAwait(false);
        if (!verdict.Allowed || string.IsNullOrWhiteSpace(verdict.Text))
        {
            LogReplyBlocked(agentId, conversationId, verdict.Reasons.Count);
            return new AgentReplyResult(AgentReplyOutcome.Blocked, null, verdict.Reasons);
        }

        if (!await queue.MarkAgentAnsweredAsync(agentId, conversationId, cancellationToken).ConfigureAwait(false))
        {
            return new AgentReplyResult(AgentReplyOutcome.NotOwner, null, []);
        }

        try
        {
            await notifier.DeliverAgentReplyAsync(conversationId, agentId, verdict.Text, cancellationToken).ConfigureAwait(false);
            return new AgentReplyResult(AgentReplyOutcome.Sent, verdict.Text, []);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogReplyNotDelivered(agentId, conversationId, ex);
            return new AgentReplyResult(AgentReplyOutcome.Sent, verdict.Text, [], Delivered: false);
        }
    }

    /// <summary>The agent gives the chat back to the queue, at its head, for another agent.</summary>
    public Task<QueueChange> ReleaseAsync(string agentId, string conversationId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return ReleaseToQueueAsync(conversationId, agentId, null, "agent:" + agentId, reason, cancellationToken);
    }

    /// <summary>The agent hands the buyer back to the bot.</summary>
    public Task<QueueChange> HandBackAsync(string agentId, string conversationId, string reason, CancellationToken cancellationToken = default) =>
        EndChatAsync(agentId, conversationId, RoutingStatus.BackWithBot, reason, BuyerNoticeKind.BackWithBot, cancellationToken);

    /// <summary>The agent closes the case; the buyer is invited to rate it.</summary>
    public Task<QueueChange> CloseAsync(string agentId, string conversationId, string reason, CancellationToken cancellationToken = default) =>
        EndChatAsync(agentId, conversationId, RoutingStatus.Closed, reason, BuyerNoticeKind.Closed, cancellationToken);

    internal async Task<QueueChange> ReleaseToQueueAsync(string conversationId, string? agentId, DateTimeOffset? unansweredSince, string actor, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var now = time.GetUtcNow();
        var change = await queue.ReleaseAsync(conversationId, agentId, unansweredSince, actor, reason, now, cancellationToken).ConfigureAwait(false);
        if (!change.Applied)
        {
            return change;
        }

        LogReleased(conversationId, actor, reason);
        return change with { Delivered = await TellQueuedAsync(conversationId, BuyerNoticeKind.AgentLeft, now, cancellationToken).ConfigureAwait(false) };
    }

    internal async Task<int> ReleaseAllAsync(AgentStatus status, string reason, CancellationToken cancellationToken)
    {
        var released = 0;
        foreach (var conversationId in status.Conversations)
        {
            var change = await ReleaseToQueueAsync(conversationId, status.AgentId, null, "system", reason, cancellationToken).ConfigureAwait(false);
            released += change.Applied ? 1 : 0;
        }

        return released;
    }

    private async Task<QueueChange> EndChatAsync(string agentId, string conversationId, RoutingStatus target, string reason, BuyerNoticeKind notice, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var change = await queue.EndChatAsync(agentId, conversationId, target, reason, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (!change.Applied)
        {
            return change;
        }

        LogChatEnded(conversationId, agentId, target);
        return change with { Delivered = await TryNotifyAsync(new BuyerNotice(conversationId, notice, AgentId: agentId), cancellationToken).ConfigureAwait(false) };
    }

    private async Task<AgentClaim> AfterClaimAsync(string agentId, QueueChange change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!change.Applied || change.Routing is null)
        {
            return new AgentClaim(change, null);
        }

        var routing = change.Routing;
        LogClaimed(routing.ConversationId, agentId);
        var delivered = await TryNotifyAsync(new BuyerNotice(routing.ConversationId, BuyerNoticeKind.AgentJoined, AgentId: agentId), cancellationToken).ConfigureAwait(false);
        await TellMovedUpAsync(change.LeftFromPosition, now, cancellationToken).ConfigureAwait(false);
        return new AgentClaim(change, await HandoverAsync(routing, cancellationToken).ConfigureAwait(false), delivered);
    }

    private async Task<AgentHandover> HandoverAsync(ConversationRouting routing, CancellationToken cancellationToken)
    {
        var id = routing.ConversationId;
        return new AgentHandover(
            routing,
            routing.Ticket!,
            await queue.GetHeldMessagesAsync(id, cancellationToken).ConfigureAwait(false),
            await transcripts.ReadAsync(id, 0, TranscriptEntriesForAgent, cancellationToken).ConfigureAwait(false),
            await queue.GetHistoryAsync(id, cancellationToken).ConfigureAwait(false));
    }
}
