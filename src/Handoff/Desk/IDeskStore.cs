using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;

namespace ShopBot.Handoff.Desk;

/// <summary>
/// The agent's desk beside the queue: the answer clock of the chats an agent holds, and transfers of a chat to a named
/// colleague. Every method is one atomic change, as in <see cref="IHandoffQueue"/>.
/// </summary>
public interface IDeskStore
{
    /// <summary>
    /// The agent the conversation is with; null when it is with nobody. One small read (never the ticket or the
    /// transcript), for ownership checks that run on every pause in the agent's typing.
    /// </summary>
    Task<string?> GetOwnerAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Since when the buyers of these conversations have waited for an agent's answer; conversations not waiting are left out.</summary>
    Task<IReadOnlyDictionary<string, DateTimeOffset>> GetUnansweredSinceAsync(IReadOnlyCollection<string> conversationIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// The owning agent is typing: a running answer clock starts again at <paramref name="now"/>. False unless the agent
    /// owns the conversation.
    /// </summary>
    Task<bool> MarkAgentTypingAsync(string agentId, string conversationId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Offers a chat the agent owns to an online colleague; a new offer replaces an earlier one. The chat stays with the
    /// agent until the colleague accepts. <see cref="TransitionOutcome.AgentUnavailable"/> when the colleague is not online.
    /// </summary>
    Task<TransitionOutcome> OfferTransferAsync(string fromAgentId, string conversationId, string toAgentId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// The colleague takes the offered chat, when the offer still stands (the chat has not moved since) and they are
    /// online below capacity. A buyer waiting for an answer gets a fresh answer clock with the new agent.
    /// </summary>
    Task<QueueChange> AcceptTransferAsync(string toAgentId, string conversationId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Withdraws the offer to the colleague; the offering agent, or null when no offer to this colleague stands.</summary>
    Task<string?> TakeBackTransferAsync(string toAgentId, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Offers to any agent, made at <paramref name="cutoff"/> or earlier, that still stand; stale ones are dropped on the way.</summary>
    Task<IReadOnlyList<TransferOffer>> ListTransferOffersMadeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);

    /// <summary>Offers to the agent that still stand, oldest first.</summary>
    Task<IReadOnlyList<TransferOffer>> ListTransferOffersAsync(string toAgentId, CancellationToken cancellationToken = default);
}
