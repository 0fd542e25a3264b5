using Microsoft.Extensions.Logging;

namespace ShopBot.Handoff.Notifications;

/// <summary>
/// Stands in until the host registers its channel's notifier: it logs what it would have sent (never the reply text,
/// which may hold a buyer's details) so a missing registration shows in the log instead of failing silently.
/// </summary>
public sealed partial class LoggingBuyerNotifier(ILogger<LoggingBuyerNotifier> logger) : IBuyerNotifier
{
    public Task NotifyAsync(BuyerNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        LogNotice(notice.Kind, notice.ConversationId);
        return Task.CompletedTask;
    }

    public Task DeliverAgentReplyAsync(string conversationId, string agentId, string text, CancellationToken cancellationToken = default)
    {
        LogReply(agentId, conversationId);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No buyer notifier registered: notice {Kind} for {ConversationId} not sent")]
    private partial void LogNotice(BuyerNoticeKind kind, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No buyer notifier registered: reply of agent {AgentId} to {ConversationId} not sent")]
    private partial void LogReply(string agentId, string conversationId);
}
