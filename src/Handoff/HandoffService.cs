using Microsoft.Extensions.Logging;
using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Notifications;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;
using ShopBot.Handoff.Transcripts;

namespace ShopBot.Handoff;

/// <summary>
/// The handoff as the turn pipeline and the agent API use it: queue a buyer for a person, keep their messages, let
/// agents claim, answer, release, hand back and close, and tell the buyer where they stand at every step.
/// The stores make each change atomic; this class adds the checks, the notices and the log.
/// </summary>
public sealed partial class HandoffService(
    IHandoffQueue queue,
    IAgentDirectory agents,
    ITranscriptStore transcripts,
    IBuyerNotifier notifier,
    BusinessHours businessHours,
    WaitEstimator waitEstimator,
    TimeProvider time,
    ILogger<HandoffService> logger)
{
    private const int TranscriptEntriesForAgent = 500;

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
        if (change.Outcome is TransitionOutcome.Applied or TransitionOutcome.Unchanged)
        {
            await TellQueuedAsync(request.ConversationId, BuyerNoticeKind.Queued, now, cancellationToken).ConfigureAwait(false);
        }

        return change;
    }

    public Task<ConversationRouting> GetRoutingAsync(string conversationId, CancellationToken cancellationToken = default) =>
        queue.GetRoutingAsync(conversationId, cancellationToken);

    /// <summary>Where a queued conversation stands; null when it is not queued.</summary>
    public async Task<QueueStanding?> GetStandingAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var position = await queue.GetPositionAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return position is null ? null : await StandingAsync(position.Value, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
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
        if (change.Applied)
        {
            LogCancelled(conversationId);
            await notifier.NotifyAsync(new BuyerNotice(conversationId, BuyerNoticeKind.BackWithBot), cancellationToken).ConfigureAwait(false);
            await TellMovedUpAsync(change.LeftFromPosition, now, cancellationToken).ConfigureAwait(false);
        }

        return change;
    }

    /// <summary>The buyer rates a closed case from 1 to 5, once.</summary>
    public Task<RatingOutcome> RateAsync(string conversationId, string buyerId, int rating, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(buyerId);
        if (rating is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "A rating is a whole number from 1 to 5.");
        }

        return queue.RateAsync(conversationId, buyerId, rating, cancellationToken);
    }

    /// <summary>Every routing change of the conversation: from, to, who, why and when.</summary>
    public Task<IReadOnlyList<RoutingTransition>> GetHistoryAsync(string conversationId, CancellationToken cancellationToken = default) =>
        queue.GetHistoryAsync(conversationId, cancellationToken);

    public Task<IReadOnlyList<QueueEntry>> ListQueueAsync(CancellationToken cancellationToken = default) =>
        queue.ListQueueAsync(cancellationToken);

    private async Task TellQueuedAsync(string conversationId, BuyerNoticeKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var position = await queue.GetPositionAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (position is null)
        {
            return;
        }

        var standing = await StandingAsync(position.Value, now, cancellationToken).ConfigureAwait(false);
        BuyerNotice notice;
        if (!businessHours.IsOpen(now))
        {
            notice = new BuyerNotice(conversationId, BuyerNoticeKind.OutsideBusinessHours, standing with { EstimatedWait = null }, businessHours.NextOpening(now));
        }
        else if (!(await agents.ListAsync(cancellationToken).ConfigureAwait(false)).Any(a => a.Presence == AgentPresence.Online))
        {
            notice = new BuyerNotice(conversationId, BuyerNoticeKind.NoAgentOnline, standing with { EstimatedWait = null });
        }
        else
        {
            notice = new BuyerNotice(conversationId, kind, standing);
        }

        await notifier.NotifyAsync(notice, cancellationToken).ConfigureAwait(false);
    }

    private async Task TellMovedUpAsync(int? leftFromPosition, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (leftFromPosition is null)
        {
            return;
        }

        var pickups = await queue.GetRecentPickupsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var entry in await queue.ListQueueAsync(cancellationToken).ConfigureAwait(false))
        {
            if (entry.Position >= leftFromPosition.Value)
            {
                var standing = new QueueStanding(entry.Position, waitEstimator.Estimate(entry.Position, pickups, now));
                await notifier.NotifyAsync(new BuyerNotice(entry.ConversationId, BuyerNoticeKind.MovedUp, standing), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<QueueStanding> StandingAsync(int position, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pickups = await queue.GetRecentPickupsAsync(cancellationToken).ConfigureAwait(false);
        return new QueueStanding(position, waitEstimator.Estimate(position, pickups, now));
    }
}
