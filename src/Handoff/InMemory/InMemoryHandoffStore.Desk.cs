using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Desk;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;

namespace ShopBot.Handoff.InMemory;

public sealed partial class InMemoryHandoffStore : IDeskStore
{
    // An offer names the routing moment it was made in: any later change of the chat (a release, an end, another
    // transfer) moves Since on, and the offer no longer stands.
    private readonly Dictionary<string, (TransferOffer Offer, DateTimeOffset? Since)> _offers = new(StringComparer.Ordinal);

    public Task<string?> GetOwnerAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        lock (_lock)
        {
            return Task.FromResult(_conversations.TryGetValue(conversationId, out var c) && c.Status == RoutingStatus.WithAgent ? c.AgentId : null);
        }
    }

    public Task<IReadOnlyDictionary<string, DateTimeOffset>> GetUnansweredSinceAsync(IReadOnlyCollection<string> conversationIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationIds);
        lock (_lock)
        {
            IReadOnlyDictionary<string, DateTimeOffset> found = conversationIds
                .Distinct(StringComparer.Ordinal)
                .Select(id => _conversations.GetValueOrDefault(id))
                .Where(c => c is { Status: RoutingStatus.WithAgent, UnansweredSince: not null })
                .ToDictionary(c => c!.ConversationId, c => c!.UnansweredSince!.Value, StringComparer.Ordinal);
            return Task.FromResult(found);
        }
    }

    public Task<bool> MarkAgentTypingAsync(string agentId, string conversationId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var c) || c.Status != RoutingStatus.WithAgent || c.AgentId != agentId)
            {
                return Task.FromResult(false);
            }

            if (c.UnansweredSince is not null)
            {
                c.UnansweredSince = now;
            }

            return Task.FromResult(true);
        }
    }

    public Task<TransitionOutcome> OfferTransferAsync(string fromAgentId, string conversationId, string toAgentId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(fromAgentId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(toAgentId);
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var c) || c.Status != RoutingStatus.WithAgent)
            {
                return Task.FromResult(TransitionOutcome.WrongState);
            }

            if (c.AgentId != fromAgentId)
            {
                return Task.FromResult(TransitionOutcome.NotOwner);
            }

            if (fromAgentId == toAgentId || !_agents.TryGetValue(toAgentId, out var colleague) || colleague.Presence != AgentPresence.Online)
            {
                return Task.FromResult(TransitionOutcome.AgentUnavailable);
            }

            _offers[conversationId] = (new TransferOffer(conversationId, fromAgentId, toAgentId, now), c.Since);
            return Task.FromResult(TransitionOutcome.Applied);
        }
    }

    public Task<QueueChange> AcceptTransferAsync(string toAgentId, string conversationId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(toAgentId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        lock (_lock)
        {
            var routing = _conversations.GetValueOrDefault(conversationId)?.Snapshot() ?? ConversationRouting.Unknown(conversationId);
            if (StandingOffer(conversationId, toAgentId) is not { } offer)
            {
                return Task.FromResult(new QueueChange(TransitionOutcome.WrongState, routing));
            }

            if (!_agents.TryGetValue(toAgentId, out var agent) || !agent.CanTakeChat)
            {
                return Task.FromResult(new QueueChange(TransitionOutcome.AgentUnavailable, routing));
            }

            var c = _conversations[conversationId];
            _offers.Remove(conversationId);
            _agents.GetValueOrDefault(offer.FromAgentId)?.Conversations.Remove(conversationId);
            agent.Conversations.Add(conversationId);
            agent.LastSeen = now;
            c.AgentId = toAgentId;
            if (c.UnansweredSince is not null)
            {
                c.UnansweredSince = now;
            }

            c.MoveTo(RoutingStatus.WithAgent, "agent:" + toAgentId, "transferred from " + offer.FromAgentId, now);
            return Task.FromResult(new QueueChange(TransitionOutcome.Applied, c.Snapshot()));
        }
    }

    public Task<string?> TakeBackTransferAsync(string toAgentId, string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(toAgentId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        lock (_lock)
        {
            var offer = StandingOffer(conversationId, toAgentId);
            if (offer is not null)
            {
                _offers.Remove(conversationId);
            }

            return Task.FromResult(offer?.FromAgentId);
        }
    }

    public Task<IReadOnlyList<TransferOffer>> ListTransferOffersAsync(string toAgentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(toAgentId);
        lock (_lock)
        {
            IReadOnlyList<TransferOffer> offers = _offers.Keys.ToList()
                .Select(id => StandingOffer(id, toAgentId))
                .OfType<TransferOffer>()
                .OrderBy(o => o.OfferedAt)
                .ThenBy(o => o.ConversationId, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(offers);
        }
    }

    public Task<IReadOnlyList<TransferOffer>> ListTransferOffersMadeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<TransferOffer> offers = _offers.Values.ToList()
                .Where(e => e.Offer.OfferedAt <= cutoff)
                .Select(e => StandingOffer(e.Offer.ConversationId, e.Offer.ToAgentId))
                .OfType<TransferOffer>()
                .OrderBy(o => o.OfferedAt)
                .ToList();
            return Task.FromResult(offers);
        }
    }

    /// <summary>The offer of the conversation to this agent, if it still stands; a stale offer is dropped on the way.</summary>
    private TransferOffer? StandingOffer(string conversationId, string toAgentId)
    {
        if (!_offers.TryGetValue(conversationId, out var entry))
        {
            return null;
        }

        var c = _conversations.GetValueOrDefault(conversationId);
        if (c is null || c.Status != RoutingStatus.WithAgent || c.AgentId != entry.Offer.FromAgentId || c.Since != entry.Since)
        {
            _offers.Remove(conversationId);
            return null;
        }

        return entry.Offer.ToAgentId == toAgentId ? entry.Offer : null;
    }
}
