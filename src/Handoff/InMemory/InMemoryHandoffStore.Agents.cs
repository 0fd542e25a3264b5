using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;

namespace ShopBot.Handoff.InMemory;

public sealed partial class InMemoryHandoffStore
{
    public Task<QueueChange> ClaimNextAsync(string agentId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        lock (_lock)
        {
            var head = Queued().FirstOrDefault();
            if (!_agents.TryGetValue(agentId, out var agent) || !agent.CanTakeChat)
            {
                return Task.FromResult(new QueueChange(TransitionOutcome.AgentUnavailable, null));
            }

            return Task.FromResult(head is null
                ? new QueueChange(TransitionOutcome.QueueEmpty, null)
                : Assign(head, agent, now));
        }
    }

    public Task<QueueChange> ClaimAsync(string agentId, string conversationId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var conversation))
            {
                return Task.FromResult(new QueueChange(TransitionOutcome.WrongState, ConversationRouting.Unknown(conversationId)));
            }

            if (conversation.Status == RoutingStatus.WithAgent)
            {
                var outcome = conversation.AgentId == agentId ? TransitionOutcome.Unchanged : TransitionOutcome.NotOwner;
                return Task.FromResult(new QueueChange(outcome, conversation.Snapshot()));
            }

            if (conversation.Status != RoutingStatus.Queued)
            {
                return Task.FromResult(new QueueChange(TransitionOutcome.WrongState, conversation.Snapshot()));
            }

            return Task.FromResult(_agents.TryGetValue(agentId, out var agent) && agent.CanTakeChat
                ? Assign(conversation, agent, now)
                : new QueueChange(TransitionOutcome.AgentUnavailable, conversation.Snapshot()));
        }
    }

    public Task<bool> MarkBuyerWaitingAsync(string conversationId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var c) || c.Status != RoutingStatus.WithAgent)
            {
                return Task.FromResult(false);
            }

            c.UnansweredSince ??= now;
            return Task.FromResult(true);
        }
    }

    public Task<bool> MarkAgentAnsweredAsync(string agentId, string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var c) || c.Status != RoutingStatus.WithAgent || c.AgentId != agentId)
            {
                return Task.FromResult(false);
            }

            c.UnansweredSince = null;
            return Task.FromResult(true);
        }
    }

    public Task<QueueChange> ReleaseAsync(string conversationId, string? agentId, DateTimeOffset? unansweredSince, string actor, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var c))
            {
                return Task.FromResult(new QueueChange(TransitionOutcome.WrongState, ConversationRouting.Unknown(conversationId)));
            }

            var outcome = c.Status switch
            {
                RoutingStatus.Queued => TransitionOutcome.Unchanged,
                not RoutingStatus.WithAgent => TransitionOutcome.WrongState,
                _ when agentId is not null && c.AgentId != agentId => TransitionOutcome.NotOwner,
                _ when unansweredSince is not null && !(c.UnansweredSince <= unansweredSince) => TransitionOutcome.Unchanged,
                _ => TransitionOutcome.Applied,
            };
            if (outcome == TransitionOutcome.Applied)
            {
                _agents.GetValueOrDefault(c.AgentId!)?.Conversations.Remove(conversationId);
                c.AgentId = null;
                c.UnansweredSince = null;
                c.Returned = true;
                c.QueuedAt = now;
                c.Score = QueueScore.Of(c.Ticket!.Priority, returned: true, now);
                c.MoveTo(RoutingStatus.Queued, actor, reason, now);
            }

            return Task.FromResult(new QueueChange(outcome, c.Snapshot()));
        }
    }

    public Task<QueueChange> EndChatAsync(string agentId, string conversationId, RoutingStatus target, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        if (target is not (RoutingStatus.BackWithBot or RoutingStatus.Closed))
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "An agent's chat ends back with the bot or closed.");
        }

        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var c))
            {
                return Task.FromResult(new QueueChange(TransitionOutcome.WrongState, ConversationRouting.Unknown(conversationId)));
            }

            var outcome = c.Status == target ? TransitionOutcome.Unchanged
                : c.Status != RoutingStatus.WithAgent ? TransitionOutcome.WrongState
                : c.AgentId != agentId ? TransitionOutcome.NotOwner
                : TransitionOutcome.Applied;
            if (outcome == TransitionOutcome.Applied)
            {
                _agents.GetValueOrDefault(agentId)?.Conversations.Remove(conversationId);
                c.UnansweredSince = null;
                c.MoveTo(target, "agent:" + agentId, reason, now);
                c.AgentId = null;
            }

            return Task.FromResult(new QueueChange(outcome, c.Snapshot()));
        }
    }

    public Task<IReadOnlyList<string>> ListUnansweredAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<string> ids = _conversations.Values
                .Where(c => c.Status == RoutingStatus.WithAgent && c.UnansweredSince <= cutoff)
                .OrderBy(c => c.UnansweredSince)
                .Select(c => c.ConversationId)
                .ToList();
            return Task.FromResult(ids);
        }
    }

    public Task<AgentStatus> SetPresenceAsync(string agentId, AgentPresence presence, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        lock (_lock)
        {
            if (!_agents.TryGetValue(agentId, out var agent))
            {
                agent = new InMemoryAgent(agentId, options.Value.DefaultCapacity);
                _agents.Add(agentId, agent);
            }

            agent.Presence = presence;
            agent.LastSeen = now;
            return Task.FromResult(agent.Snapshot());
        }
    }

    public Task<AgentStatus?> SetCapacityAsync(string agentId, int capacity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        lock (_lock)
        {
            if (!_agents.TryGetValue(agentId, out var agent))
            {
                return Task.FromResult<AgentStatus?>(null);
            }

            agent.Capacity = capacity;
            return Task.FromResult<AgentStatus?>(agent.Snapshot());
        }
    }

    public Task<bool> HeartbeatAsync(string agentId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        lock (_lock)
        {
            if (!_agents.TryGetValue(agentId, out var agent))
            {
                return Task.FromResult(false);
            }

            agent.LastSeen = now;
            return Task.FromResult(true);
        }
    }

    public Task<AgentStatus?> GetAsync(string agentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        lock (_lock)
        {
            return Task.FromResult(_agents.GetValueOrDefault(agentId)?.Snapshot());
        }
    }

    public Task<IReadOnlyList<AgentStatus>> ListAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<AgentStatus> agents = _agents.Values.OrderBy(a => a.AgentId, StringComparer.Ordinal).Select(a => a.Snapshot()).ToList();
            return Task.FromResult(agents);
        }
    }

    private QueueChange Assign(InMemoryConversation conversation, InMemoryAgent agent, DateTimeOffset now)
    {
        var position = PositionOf(conversation.ConversationId);
        agent.Conversations.Add(conversation.ConversationId);
        agent.LastSeen = now;
        conversation.AgentId = agent.AgentId;
        conversation.UnansweredSince = now;
        _pickups.AddFirst(new Pickup(now, now - conversation.QueuedAt));
        if (_pickups.Count > PickupsKept)
        {
            _pickups.RemoveLast();
        }

        conversation.MoveTo(RoutingStatus.WithAgent, "agent:" + agent.AgentId, "claimed", now);
        return new QueueChange(TransitionOutcome.Applied, conversation.Snapshot(), position);
    }
}
