using Microsoft.Extensions.Logging;
using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Queue;

namespace ShopBot.Handoff.Notifications;

/// <summary>
/// Tells buyers where they stand, for both sides of the handoff: the buyer who joins the queue and the buyers who move
/// up when a chat leaves it. A notice that cannot be delivered is logged; the change that caused it stands.
/// </summary>
public sealed partial class QueueNotices(
    IHandoffQueue queue,
    IAgentDirectory agents,
    IBuyerNotifier notifier,
    BusinessHours businessHours,
    WaitEstimator waitEstimator,
    ILogger<QueueNotices> logger)
{
    /// <summary>Tells a queued buyer their position and wait, or that nobody can answer now; true when delivered (or not queued).</summary>
    public async Task<bool> TellQueuedAsync(string conversationId, BuyerNoticeKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var position = await queue.GetPositionAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (position is null)
        {
            return true;
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

        return await TryNotifyAsync(notice, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Tells the buyers behind a conversation that left the queue that they moved up, but only those who reached a
    /// position worth telling (<see cref="QueueMilestones"/>): a buyer at 200 hears about 8 moves on the way to the head,
    /// not 199, and a claim reads and sends a bounded number of notices whatever the queue's depth.
    /// </summary>
    public async Task TellMovedUpAsync(int? leftFromPosition, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (leftFromPosition is null)
        {
            return;
        }

        var positions = QueueMilestones.From(leftFromPosition.Value);
        var found = await queue.FindQueuedAtAsync(positions, cancellationToken).ConfigureAwait(false);
        if (found.Count == 0)
        {
            return;
        }

        var pickups = await queue.GetRecentPickupsAsync(cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(found.Select(pair => TryNotifyAsync(
            new BuyerNotice(pair.Value, BuyerNoticeKind.MovedUp, new QueueStanding(pair.Key, waitEstimator.Estimate(pair.Key, pickups, now))),
            cancellationToken))).ConfigureAwait(false);
    }

    /// <summary>Tells the buyer; a channel that fails (an unreachable conversation, a network error) is logged, never thrown at the caller.</summary>
    public async Task<bool> TryNotifyAsync(BuyerNotice notice, CancellationToken cancellationToken)
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

    public async Task<QueueStanding> StandingAsync(int position, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pickups = await queue.GetRecentPickupsAsync(cancellationToken).ConfigureAwait(false);
        return new QueueStanding(position, waitEstimator.Estimate(position, pickups, now));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notice {Kind} to {ConversationId} not delivered; the change stands")]
    private partial void LogNotDelivered(BuyerNoticeKind kind, string conversationId, Exception exception);
}
