using Microsoft.Extensions.Options;
using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;

namespace ShopBot.Handoff.InMemory;

/// <summary>
/// Queue, routing and agents in process memory, the default with no Redis. One lock guards everything, so a claim
/// checks the agent, takes the conversation from the queue and assigns it in one step, as the Redis scripts do.
/// </summary>
public sealed partial class InMemoryHandoffStore(IOptions<HandoffOptions> options) : IHandoffQueue, IAgentDirectory
{
    internal const int PickupsKept = 100;
    internal const int HeldMessagesKept = 200;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, InMemoryConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InMemoryAgent> _agents = new(StringComparer.Ordinal);
    private readonly LinkedList<Pickup> _pickups = new();

    public Task<QueueChange> EnqueueAsync(HandoffRequest request, string actor, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_lock)
        {
            _conversations.TryGetValue(request.ConversationId, out var existing);
            var outcome = existing?.Status switch
            {
                RoutingStatus.Queued => TransitionOutcome.Unchanged,
                RoutingStatus.WithAgent => TransitionOutcome.WrongState,
                _ => CapOutcome(request),
            };
            if (outcome is TransitionOutcome.BuyerAlreadyQueued or TransitionOutcome.QueueFull)
            {
                return Task.FromResult(new QueueChange(outcome, existing?.Snapshot() ?? ConversationRouting.Unknown(request.ConversationId)));
            }

            var conversation = existing ?? GetOrAdd(request.ConversationId);
            if (outcome == TransitionOutcome.Applied)
            {
                conversation.Channel = request.Channel;
                conversation.Ticket = request.ToTicket(now);
                conversation.AgentId = null;
                conversation.Rating = null;
                conversation.Returned = false;
                conversation.QueuedAt = now;
                conversation.Score = QueueScore.Of(request.Priority, returned: false, now);
                conversation.Held.Clear();
                conversation.MoveTo(RoutingStatus.Queued, actor, request.Reason, now);
            }

            return Task.FromResult(new QueueChange(outcome, conversation.Snapshot()));
        }
    }

    public Task<ConversationRouting> GetRoutingAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        lock (_lock)
        {
            return Task.FromResult(_conversations.TryGetValue(conversationId, out var c) ? c.Snapshot() : ConversationRouting.Unknown(conversationId));
        }
    }

    public Task<IReadOnlyList<QueueEntry>> ListQueueAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<QueueEntry> entries = Queued()
                .Select((c, i) => new QueueEntry(c.ConversationId, i + 1, c.Ticket!, c.QueuedAt, c.Returned))
                .ToList();
            return Task.FromResult(entries);
        }
    }

    public Task<IReadOnlyDictionary<int, string>> FindQueuedAtAsync(IReadOnlyCollection<int> positions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(positions);
        lock (_lock)
        {
            var queued = Queued().ToList();
            IReadOnlyDictionary<int, string> found = positions
                .Where(p => p > 0 && p <= queued.Count)
                .Distinct()
                .ToDictionary(p => p, p => queued[p - 1].ConversationId);
            return Task.FromResult(found);
        }
    }

    public Task<int?> GetPositionAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        lock (_lock)
        {
            return Task.FromResult(PositionOf(conversationId));
        }
    }

    public Task<QueueChange> CancelAsync(string conversationId, string actor, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var conversation) || conversation.Status != RoutingStatus.Queued)
            {
                var routing = conversation?.Snapshot() ?? ConversationRouting.Unknown(conversationId);
                var outcome = routing.Status == RoutingStatus.WithAgent ? TransitionOutcome.WrongState : TransitionOutcome.Unchanged;
                return Task.FromResult(new QueueChange(outcome, routing));
            }

            var position = PositionOf(conversationId);
            conversation.MoveTo(RoutingStatus.BackWithBot, actor, reason, now);
            return Task.FromResult(new QueueChange(TransitionOutcome.Applied, conversation.Snapshot(), position));
        }
    }

    public Task<bool> HoldMessageAsync(string conversationId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(text);
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var conversation) || conversation.Status != RoutingStatus.Queued)
            {
                return Task.FromResult(false);
            }

            conversation.Held.Add(text);
            if (conversation.Held.Count > HeldMessagesKept)
            {
                conversation.Held.RemoveAt(0);
            }

            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<string>> GetHeldMessagesAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        lock (_lock)
        {
            IReadOnlyList<string> held = _conversations.TryGetValue(conversationId, out var c) ? c.Held.ToList() : [];
            return Task.FromResult(held);
        }
    }

    public Task<IReadOnlyList<RoutingTransition>> GetHistoryAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        lock (_lock)
        {
            IReadOnlyList<RoutingTransition> history = _conversations.TryGetValue(conversationId, out var c) ? c.History.ToList() : [];
            return Task.FromResult(history);
        }
    }

    public Task<RatingOutcome> RateAsync(string conversationId, string buyerId, int rating, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentOutOfRangeException.ThrowIfLessThan(rating, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rating, 5);
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var c) || c.Status is not (RoutingStatus.Closed or RoutingStatus.BackWithBot))
            {
                return Task.FromResult(RatingOutcome.NotClosed);
            }

            if (!string.Equals(c.Ticket?.BuyerId, buyerId, StringComparison.Ordinal))
            {
                return Task.FromResult(RatingOutcome.WrongBuyer);
            }

            if (c.Rating is not null)
            {
                return Task.FromResult(RatingOutcome.AlreadyRated);
            }

            c.Rating = rating;
            return Task.FromResult(RatingOutcome.Recorded);
        }
    }

    public Task<IReadOnlyList<Pickup>> GetRecentPickupsAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<Pickup> pickups = _pickups.ToList();
            return Task.FromResult(pickups);
        }
    }

    /// <summary>Drops the routing of a conversation that is neither queued nor with an agent; false (and kept) otherwise.</summary>
    public bool TryForget(string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        lock (_lock)
        {
            if (_conversations.TryGetValue(conversationId, out var conversation) && conversation.Status is RoutingStatus.Queued or RoutingStatus.WithAgent)
            {
                return false;
            }

            _conversations.Remove(conversationId);
            return true;
        }
    }

    private InMemoryConversation GetOrAdd(string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            conversation = new InMemoryConversation(conversationId);
            _conversations.Add(conversationId, conversation);
        }

        return conversation;
    }

    private TransitionOutcome CapOutcome(HandoffRequest request)
    {
        var limits = options.Value;
        var queued = _conversations.Values.Where(c => c.Status == RoutingStatus.Queued).ToList();
        if (queued.Count(c => string.Equals(c.Ticket?.BuyerId, request.BuyerId, StringComparison.Ordinal)) >= limits.MaxQueuedPerUser)
        {
            return TransitionOutcome.BuyerAlreadyQueued;
        }

        return queued.Count(c => string.Equals(c.Channel, request.Channel, StringComparison.Ordinal)) >= limits.MaxQueuedPerChannel
            ? TransitionOutcome.QueueFull
            : TransitionOutcome.Applied;
    }

    private IEnumerable<InMemoryConversation> Queued() => _conversations.Values
        .Where(c => c.Status == RoutingStatus.Queued)
        .OrderBy(c => c.Score)
        .ThenBy(c => c.ConversationId, StringComparer.Ordinal);

    private int? PositionOf(string conversationId)
    {
        var position = 0;
        foreach (var c in Queued())
        {
            position++;
            if (c.ConversationId == conversationId)
            {
                return position;
            }
        }

        return null;
    }
}
