using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Notifications;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;

namespace ShopBot.Handoff.Desk;

public sealed partial class AgentDesk
{
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

    /// <summary>The agent hands the buyer back to the bot; the buyer is invited to rate the chat.</summary>
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
        return change with { Delivered = await notices.TellQueuedAsync(conversationId, BuyerNoticeKind.AgentLeft, now, cancellationToken).ConfigureAwait(false) };
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
        return change with { Delivered = await notices.TryNotifyAsync(new BuyerNotice(conversationId, notice, AgentId: agentId), cancellationToken).ConfigureAwait(false) };
    }
}
