using Microsoft.Extensions.Logging;
using ShopBot.Handoff.Notifications;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;

namespace ShopBot.Handoff;

/// <summary>
/// The buyer's side of the handoff, as the turn pipeline uses it: ask for a person, wait in the queue, write while
/// waiting or while with an agent, leave the queue, and rate the chat an agent ended. The agents' side is
/// <see cref="Desk.AgentDesk"/>; the stores make each change atomic, this class adds the checks, the notices and the log.
/// </summary>
public sealed partial class BuyerHandoff(IHandoffQueue queue, QueueNotices notices, TimeProvider time, ILogger<BuyerHandoff> logger)
{
    /// <summary>
    /// Queues the conversation for a person and tells the buyer their position, the estimated wait, or that no agent
    /// is available now. Asking again while queued changes nothing and repeats the position.
    /// </summary>
    public async Task<QueueChange> RequestHandoffAsync(HandoffRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ConversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.BuyerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Reason);
        ArgumentNullException.ThrowIfNull(request.Summary);
        if (!Enum.IsDefined(request.Priority))
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Priority, "Unknown handoff priority.");
        }

        var now = time.GetUtcNow();
        var change = await queue.EnqueueAsync(request, "bot", now, cancellationToken).ConfigureAwait(false);
        LogHandoffRequested(request.ConversationId, request.Reason, request.Intent, request.Priority, change.Outcome);
        var delivered = change.Outcome switch
        {
            TransitionOutcome.Applied or TransitionOutcome.Unchanged => await notices.TellQueuedAsync(request.ConversationId, BuyerNoticeKind.Queued, now, cancellationToken).ConfigureAwait(false),
            TransitionOutcome.BuyerAlreadyQueued => await notices.TryNotifyAsync(new BuyerNotice(
                request.ConversationId,
                await AddToQueuedChatAsync(request, cancellationToken).ConfigureAwait(false) ? BuyerNoticeKind.AddedToQueuedChat : BuyerNoticeKind.AlreadyQueuedElsewhere), cancellationToken).ConfigureAwait(false),
            TransitionOutcome.QueueFull => await notices.TryNotifyAsync(new BuyerNotice(request.ConversationId, BuyerNoticeKind.QueueFull), cancellationToken).ConfigureAwait(false),
            _ => true,
        };
        return change with { Delivered = delivered };
    }

    /// <summary>
    /// A buyer who already waits in one chat and opens another with a new need: the need (what they said, the order,
    /// the records opened) is kept with the waiting chat, so the agent who takes it sees both. False when no queued
    /// chat of the buyer's could take it (taken by an agent meanwhile).
    /// </summary>
    private async Task<bool> AddToQueuedChatAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        var waiting = (await queue.ListQueueAsync(cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(e => string.Equals(e.Ticket.BuyerId, request.BuyerId, StringComparison.Ordinal) && e.ConversationId != request.ConversationId);
        if (waiting is null)
        {
            return false;
        }

        var parts = new List<string> { "【买家在另一个会话提出的新需求】" + (request.Need is { Length: > 0 } need ? $"{need}。买家原话：{request.BuyerWords ?? request.Summary}" : request.Summary) };
        if (request.OrderSummary is { Length: > 0 } order)
        {
            parts.Add($"订单：{order}");
        }

        if (request.CaseRecords is { Count: > 0 } records)
        {
            parts.Add($"记录：{string.Join("；", records)}");
        }

        var added = await queue.HoldMessageAsync(waiting.ConversationId, string.Join(" ", parts), cancellationToken).ConfigureAwait(false);
        if (added)
        {
            LogAddedToQueuedChat(request.ConversationId, waiting.ConversationId);
        }

        return added;
    }

    public Task<ConversationRouting> GetRoutingAsync(string conversationId, CancellationToken cancellationToken = default) =>
        queue.GetRoutingAsync(conversationId, cancellationToken);

    /// <summary>Where a queued conversation stands; null when it is not queued.</summary>
    public async Task<QueueStanding?> GetStandingAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var position = await queue.GetPositionAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return position is null ? null : await notices.StandingAsync(position.Value, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Takes in a buyer message that the bot will not answer: kept for the agent while queued, and starts the agent's
    /// answer clock while with an agent. Returns the routing, so the caller knows who answers.
    /// </summary>
    public async Task<ConversationRouting> AcceptBuyerMessageAsync(string conversationId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(text);
        var routing = await queue.GetRoutingAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (routing.Status == RoutingStatus.Queued)
        {
            if (await queue.HoldMessageAsync(conversationId, text, cancellationToken).ConfigureAwait(false))
            {
                return routing;
            }

            // Claimed between the two calls: the message now belongs to the agent's chat.
            routing = await queue.GetRoutingAsync(conversationId, cancellationToken).ConfigureAwait(false);
        }

        if (routing.Status == RoutingStatus.WithAgent)
        {
            await queue.MarkBuyerWaitingAsync(conversationId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        return routing;
    }

    /// <summary>The buyer leaves the queue (算了, 不用了) and the bot answers again.</summary>
    public async Task<QueueChange> CancelAsync(string conversationId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var now = time.GetUtcNow();
        var change = await queue.CancelAsync(conversationId, "buyer", reason, now, cancellationToken).ConfigureAwait(false);
        if (!change.Applied)
        {
            return change;
        }

        LogCancelled(conversationId);
        var delivered = await notices.TryNotifyAsync(new BuyerNotice(conversationId, BuyerNoticeKind.BackWithBot), cancellationToken).ConfigureAwait(false);
        await notices.TellMovedUpAsync(change.LeftFromPosition, now, cancellationToken).ConfigureAwait(false);
        return change with { Delivered = delivered };
    }

    /// <summary>
    /// The buyer rates, from 1 to 5 and once, a chat an agent closed or handed back to the bot; a buyer who left the
    /// queue before any agent answered has nothing to rate.
    /// </summary>
    public async Task<RatingOutcome> RateAsync(string conversationId, string buyerId, int rating, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(buyerId);
        if (rating is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "A rating is a whole number from 1 to 5.");
        }

        var routing = await queue.GetRoutingAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (routing.Status == RoutingStatus.BackWithBot)
        {
            var history = await queue.GetHistoryAsync(conversationId, cancellationToken).ConfigureAwait(false);
            if (history.Count == 0 || history[^1].From != RoutingStatus.WithAgent)
            {
                return RatingOutcome.NotClosed;
            }
        }

        return await queue.RateAsync(conversationId, buyerId, rating, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every routing change of the conversation: from, to, who, why and when.</summary>
    public Task<IReadOnlyList<RoutingTransition>> GetHistoryAsync(string conversationId, CancellationToken cancellationToken = default) =>
        queue.GetHistoryAsync(conversationId, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Handoff of {ConversationId} for {Reason}, intent {Intent}, priority {Priority}: {Outcome}")]
    private partial void LogHandoffRequested(string conversationId, string reason, string? intent, HandoffPriority priority, TransitionOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "New need from {ConversationId} added to the buyer's queued {QueuedConversationId}")]
    private partial void LogAddedToQueuedChat(string conversationId, string queuedConversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Buyer left the queue: {ConversationId}")]
    private partial void LogCancelled(string conversationId);
}
