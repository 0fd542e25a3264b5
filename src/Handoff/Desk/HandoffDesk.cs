using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Notifications;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;

namespace ShopBot.Handoff.Desk;

/// <summary>
/// What the agent's desk adds to the handoff: the deadline by which each chat must be answered (typing counts as
/// answering), transfers of a chat to a named colleague who accepts it or sends it back to the head of the queue, and
/// internal notes that never reach the buyer.
/// </summary>
public sealed partial class HandoffDesk(
    HandoffService handoff,
    IHandoffQueue queue,
    IDeskStore desk,
    INoteStore notes,
    IBuyerNotifier notifier,
    IOptions<HandoffOptions> options,
    TimeProvider time,
    ILogger<HandoffDesk> logger)
{
    /// <summary>Notes kept per conversation; the oldest go first.</summary>
    public const int NotesKept = 100;

    public const int MaxNoteLength = 1000;

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

    /// <summary>Offers a chat the agent owns to an online colleague; the chat stays with the agent until the colleague accepts.</summary>
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
        var delivered = await TryNotifyAsync(new BuyerNotice(conversationId, BuyerNoticeKind.AgentJoined, AgentId: toAgentId), cancellationToken).ConfigureAwait(false);
        return new AgentClaim(change, await handoff.GetHandoverAsync(toAgentId, conversationId, cancellationToken).ConfigureAwait(false), delivered);
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
        return await handoff.ReleaseToQueueAsync(conversationId, fromAgentId, null, "agent:" + toAgentId, "transfer declined by " + toAgentId, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<TransferOffer>> TransferOffersAsync(string toAgentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toAgentId);
        return desk.ListTransferOffersAsync(toAgentId, cancellationToken);
    }

    /// <summary>Whether the agent may read and write the conversation's notes: they own it, or it is offered to them.</summary>
    public async Task<bool> MayUseNotesAsync(string agentId, ConversationRouting routing, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        ArgumentNullException.ThrowIfNull(routing);
        if (routing.Status == RoutingStatus.WithAgent && routing.AgentId == agentId)
        {
            return true;
        }

        var offers = await desk.ListTransferOffersAsync(agentId, cancellationToken).ConfigureAwait(false);
        return offers.Any(o => o.ConversationId == routing.ConversationId);
    }

    public Task<ConversationRouting> RoutingAsync(string conversationId, CancellationToken cancellationToken = default) =>
        queue.GetRoutingAsync(conversationId, cancellationToken);

    /// <summary>Adds an internal note (1 to <see cref="MaxNoteLength"/> characters); it is kept apart from the transcript.</summary>
    public async Task<ConversationNote> AddNoteAsync(string agentId, string conversationId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(text.Length, MaxNoteLength);
        var note = new ConversationNote(agentId, text.Trim(), time.GetUtcNow());
        await notes.AddAsync(conversationId, note, NotesKept, cancellationToken).ConfigureAwait(false);
        LogNoteAdded(conversationId, agentId);
        return note;
    }

    public Task<IReadOnlyList<ConversationNote>> NotesAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        return notes.ListAsync(conversationId, cancellationToken);
    }

    private async Task<bool> TryNotifyAsync(BuyerNotice notice, CancellationToken cancellationToken)
    {
        try
        {
            await notifier.NotifyAsync(notice, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogNotDelivered(notice.Kind, notice.ConversationId, ex);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {FromAgentId} offered {ConversationId} to {ToAgentId}: {Outcome}")]
    private partial void LogOffered(string conversationId, string fromAgentId, string toAgentId, TransitionOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {AgentId} accepted the transfer of {ConversationId}")]
    private partial void LogAccepted(string conversationId, string agentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {AgentId} declined the transfer of {ConversationId}")]
    private partial void LogDeclined(string conversationId, string agentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {AgentId} added a note to {ConversationId}")]
    private partial void LogNoteAdded(string conversationId, string agentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notice {Kind} to {ConversationId} not delivered; the change stands")]
    private partial void LogNotDelivered(BuyerNoticeKind kind, string conversationId, Exception exception);
}
