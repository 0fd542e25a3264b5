using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Notifications;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;
using ShopBot.Handoff.Transcripts;

namespace ShopBot.Handoff.Desk;

/// <summary>
/// The agents' side of the handoff, as the agent API uses it: presence and capacity, claims, the handover of a chat,
/// replies, releases, hand-backs and closes (<c>AgentDesk.Chats.cs</c>), answer deadlines and transfers to a named
/// colleague (<c>AgentDesk.Transfers.cs</c>) and internal notes (<c>AgentDesk.Notes.cs</c>). The buyers' side is
/// <see cref="BuyerHandoff"/>; the stores make each change atomic, this class adds the checks, the notices and the log.
/// </summary>
public sealed partial class AgentDesk(
    IHandoffQueue queue,
    IAgentDirectory agents,
    IDeskStore desk,
    INoteStore notes,
    ITranscriptStore transcripts,
    IBuyerNotifier notifier,
    QueueNotices notices,
    IOptions<HandoffOptions> options,
    TimeProvider time,
    ILogger<AgentDesk> logger)
{
    internal const int MaxCapacity = 50;

    private const int TranscriptEntriesForAgent = 500;

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

    public Task<IReadOnlyList<QueueEntry>> ListQueueAsync(CancellationToken cancellationToken = default) =>
        queue.ListQueueAsync(cancellationToken);

    public Task<ConversationRouting> GetRoutingAsync(string conversationId, CancellationToken cancellationToken = default) =>
        queue.GetRoutingAsync(conversationId, cancellationToken);

    /// <summary>Every routing change of the conversation: from, to, who, why and when.</summary>
    public Task<IReadOnlyList<RoutingTransition>> GetHistoryAsync(string conversationId, CancellationToken cancellationToken = default) =>
        queue.GetHistoryAsync(conversationId, cancellationToken);

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

    /// <summary>
    /// Whether the agent owns the conversation now: one small read of the owner, never the transcript, because the
    /// console checks it on every pause in typing.
    /// </summary>
    public async Task<bool> OwnsAsync(string agentId, string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        return string.Equals(await desk.GetOwnerAsync(conversationId, cancellationToken).ConfigureAwait(false), agentId, StringComparison.Ordinal);
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

    private async Task<AgentClaim> AfterClaimAsync(string agentId, QueueChange change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!change.Applied || change.Routing is null)
        {
            return new AgentClaim(change, null);
        }

        var routing = change.Routing;
        LogClaimed(routing.ConversationId, agentId);
        var delivered = await notices.TryNotifyAsync(new BuyerNotice(routing.ConversationId, BuyerNoticeKind.AgentJoined, AgentId: agentId), cancellationToken).ConfigureAwait(false);
        await notices.TellMovedUpAsync(change.LeftFromPosition, now, cancellationToken).ConfigureAwait(false);
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
