using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Notifications;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;

namespace ShopBot.Handoff.Desk;

public sealed partial class AgentDesk
{
    public TimeSpan AnswerTimeout => options.Value.AgentAnswerTimeout;

    /// <summary>When each of these chats goes back to the queue unless answered; chats whose buyer is not waiting are left out.</summary>
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> AnswerDeadlinesAsync(IReadOnlyCollection<string> conversationIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationIds);
        var since = await desk.GetUnansweredSinceAsync(conversationIds, cancellationToken).ConfigureAwait(false);
        return since.ToDictionary(p => p.Key, p => p.Value + AnswerTimeout, StringComparer.Ordinal);
    }

    /// <summary>The agent is typing in a chat they own: the answer deadline moves on. False when the chat is not theirs.</summary>
    public Task<bool> TypingAsync(string agentId, string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        return desk.MarkAgentTypingAsync(agentId, conversationId, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>
    /// Offers a chat the agent owns to an online colleague; the chat stays with the agent until the colleague accepts,
    /// declines, or lets <see cref="Hosting.HandoffOptions.TransferOfferTimeout"/> pass (then it goes to the head of the queue).
    /// </summary>
    public async Task<TransitionOutcome> OfferTransferAsync(string fromAgentId, string conversationId, string toAgentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fromAgentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toAgentId);
        var outcome = await desk.OfferTransferAsync(fromAgentId, conversationId, toAgentId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        LogOffered(conversationId, fromAgentId, toAgentId, outcome);
        return outcome;
    }

    /// <summary>The colleague takes the offered chat; the buyer is told who answers now.</summary>
    public async Task<AgentClaim> AcceptTransferAsync(string toAgentId, string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toAgentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var change = await desk.AcceptTransferAsync(toAgentId, conversationId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (!change.Applied)
        {
            return new AgentClaim(change, null);
        }

        LogAccepted(conversationId, toAgentId);
        var delivered = await notices.TryNotifyAsync(new BuyerNotice(conversationId, BuyerNoticeKind.AgentJoined, AgentId: toAgentId), cancellationToken).ConfigureAwait(false);
        return new AgentClaim(change, await GetHandoverAsync(toAgentId, conversationId, cancellationToken).ConfigureAwait(false), delivered);
    }

    /// <summary>The colleague declines: the chat goes back to the head of the queue for another agent. Null when no offer to them stands.</summary>
    public async Task<QueueChange?> DeclineTransferAsync(string toAgentId, string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toAgentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var fromAgentId = await desk.TakeBackTransferAsync(toAgentId, conversationId, cancellationToken).ConfigureAwait(false);
        if (fromAgentId is null)
        {
            return null;
        }

        LogDeclined(conversationId, toAgentId);
        return await ReleaseToQueueAsync(conversationId, fromAgentId, null, "agent:" + toAgentId, "transfer declined by " + toAgentId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Offers nobody answered within <see cref="Hosting.HandoffOptions.TransferOfferTimeout"/>: each is withdrawn and its
    /// chat goes to the head of the queue, so a buyer never waits on a colleague who is not looking. Returns the chats released.
    /// </summary>
    public async Task<int> ExpireTransferOffersAsync(CancellationToken cancellationToken = default)
    {
        var timeout = options.Value.TransferOfferTimeout;
        var released = 0;
        foreach (var offer in await desk.ListTransferOffersMadeBeforeAsync(time.GetUtcNow() - timeout, cancellationToken).ConfigureAwait(false))
        {
            // Taking the offer back is atomic: of several hosts sweeping at once, one releases the chat.
            var fromAgentId = await desk.TakeBackTransferAsync(offer.ToAgentId, offer.ConversationId, cancellationToken).ConfigureAwait(false);
            if (fromAgentId is null)
            {
                continue;
            }

            LogOfferExpired(offer.ConversationId, offer.ToAgentId);
            var change = await ReleaseToQueueAsync(offer.ConversationId, fromAgentId, null, "system",
                $"transfer to {offer.ToAgentId} not accepted within {timeout}", cancellationToken).ConfigureAwait(false);
            released += change.Applied ? 1 : 0;
        }

        return released;
    }

    public Task<IReadOnlyList<TransferOffer>> TransferOffersAsync(string toAgentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toAgentId);
        return desk.ListTransferOffersAsync(toAgentId, cancellationToken);
    }
}
