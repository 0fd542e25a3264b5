using ShopBot.Handoff.Routing;

namespace ShopBot.Handoff.Queue;

/// <summary>
/// Routing state, queue and agent assignments of conversations. Every method is one atomic change: a conversation is
/// never in two states, never claimed by two agents, never lost between the queue and an agent. Repeating a change
/// that was already made returns <see cref="TransitionOutcome.Unchanged"/> and records nothing.
/// </summary>
public interface IHandoffQueue
{
    /// <summary>Queues a conversation for an agent (from the bot, after a cancel, or after a closed case).</summary>
    Task<QueueChange> EnqueueAsync(HandoffRequest request, string actor, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The routing of a conversation; an unknown conversation is with the bot.</summary>
    Task<ConversationRouting> GetRoutingAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Queued conversations, head first.</summary>
    Task<IReadOnlyList<QueueEntry>> ListQueueAsync(CancellationToken cancellationToken = default);

    /// <summary>The conversations queued at the given 1-based positions (positions past the end are left out), without reading the whole queue.</summary>
    Task<IReadOnlyDictionary<int, string>> FindQueuedAtAsync(IReadOnlyCollection<int> positions, CancellationToken cancellationToken = default);

    /// <summary>The 1-based queue position of a conversation, or null when it is not queued.</summary>
    Task<int?> GetPositionAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Takes a queued conversation out of the queue and gives it back to the bot.</summary>
    Task<QueueChange> CancelAsync(string conversationId, string actor, string reason, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Keeps a message of a queued buyer for the agent; false when the conversation is not queued.</summary>
    Task<bool> HoldMessageAsync(string conversationId, string text, CancellationToken cancellationToken = default);

    /// <summary>Messages kept while the conversation was queued, oldest first.</summary>
    Task<IReadOnlyList<string>> GetHeldMessagesAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Gives the head of the queue to the agent, when the agent is online and below capacity.</summary>
    Task<QueueChange> ClaimNextAsync(string agentId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Gives a chosen queued conversation to the agent, when the agent is online and below capacity.</summary>
    Task<QueueChange> ClaimAsync(string agentId, string conversationId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Starts the answer clock of a conversation with an agent, unless it is already running.</summary>
    Task<bool> MarkBuyerWaitingAsync(string conversationId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Stops the answer clock; false unless the agent owns the conversation.</summary>
    Task<bool> MarkAgentAnsweredAsync(string agentId, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Puts a conversation an agent owns back at the head of the queue. With <paramref name="agentId"/>, only if that
    /// agent still owns it; with <paramref name="unansweredSince"/>, only if the buyer has waited since then or earlier.
    /// </summary>
    Task<QueueChange> ReleaseAsync(string conversationId, string? agentId, DateTimeOffset? unansweredSince, string actor, string reason, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Ends the agent's chat: back to the bot (<see cref="RoutingStatus.BackWithBot"/>) or <see cref="RoutingStatus.Closed"/>.</summary>
    Task<QueueChange> EndChatAsync(string agentId, string conversationId, RoutingStatus target, string reason, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Records the buyer's 1 to 5 rating of a chat an agent ended (closed or handed back to the bot), once.</summary>
    Task<RatingOutcome> RateAsync(string conversationId, string buyerId, int rating, CancellationToken cancellationToken = default);

    /// <summary>Every routing change of the conversation, oldest first.</summary>
    Task<IReadOnlyList<RoutingTransition>> GetHistoryAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Conversations with an agent whose buyer has waited for an answer since <paramref name="cutoff"/> or earlier.</summary>
    Task<IReadOnlyList<string>> ListUnansweredAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);

    /// <summary>The most recent pick-ups from the queue, newest first.</summary>
    Task<IReadOnlyList<Pickup>> GetRecentPickupsAsync(CancellationToken cancellationToken = default);
}
