using ShopBot.Handoff.Notifications;

namespace ShopBot.Bot.Records;

/// <summary>
/// Wraps the host's notifier: every handoff notice and every agent reply delivered is also a conversation event.
/// The event is kept before the buyer is told, so a channel that fails does not lose it; a failing records store is
/// logged and never stops the notice.
/// </summary>
public sealed class RecordingBuyerNotifier(IBuyerNotifier inner, ConversationEventRecorder recorder) : IBuyerNotifier
{
    public async Task NotifyAsync(BuyerNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (KindOf(notice) is { } kind)
        {
            await recorder.RecordAsync(notice.ConversationId, kind, notice.AgentId, null, cancellationToken).ConfigureAwait(false);
        }

        await inner.NotifyAsync(notice, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeliverAgentReplyAsync(string conversationId, string agentId, string text, CancellationToken cancellationToken = default)
    {
        await inner.DeliverAgentReplyAsync(conversationId, agentId, text, cancellationToken).ConfigureAwait(false);
        await recorder.RecordAsync(conversationId, ConversationEventKind.AgentReplied, agentId, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Queue moves are not outcomes; a chat going back to the queue is told with a queue notice too, after <c>AgentLeft</c>.</summary>
    private static ConversationEventKind? KindOf(BuyerNotice notice) => notice.Kind switch
    {
        BuyerNoticeKind.Queued or BuyerNoticeKind.NoAgentOnline or BuyerNoticeKind.OutsideBusinessHours => ConversationEventKind.Queued,
        BuyerNoticeKind.QueueFull => ConversationEventKind.QueueFull,
        BuyerNoticeKind.AlreadyQueuedElsewhere or BuyerNoticeKind.AddedToQueuedChat => ConversationEventKind.JoinedOtherChat,
        BuyerNoticeKind.AgentJoined => ConversationEventKind.AgentJoined,
        BuyerNoticeKind.AgentLeft => ConversationEventKind.AgentLeft,
        BuyerNoticeKind.BackWithBot => notice.AgentId is null ? ConversationEventKind.LeftQueue : ConversationEventKind.HandedBack,
        BuyerNoticeKind.Closed => ConversationEventKind.Closed,
        _ => null,
    };
}
