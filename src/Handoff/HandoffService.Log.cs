using Microsoft.Extensions.Logging;
using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;

namespace ShopBot.Handoff;

public sealed partial class HandoffService
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Handoff of {ConversationId} for {Reason}, intent {Intent}, priority {Priority}: {Outcome}")]
    private partial void LogHandoffRequested(string conversationId, string reason, string? intent, HandoffPriority priority, TransitionOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "New need from {ConversationId} added to the buyer's queued {QueuedConversationId}")]
    private partial void LogAddedToQueuedChat(string conversationId, string queuedConversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Buyer left the queue: {ConversationId}")]
    private partial void LogCancelled(string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {AgentId} is {Presence}")]
    private partial void LogPresence(string agentId, AgentPresence presence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {AgentId} claimed {ConversationId}")]
    private partial void LogClaimed(string conversationId, string agentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{ConversationId} back to the head of the queue by {Actor}: {Reason}")]
    private partial void LogReleased(string conversationId, string actor, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {AgentId} ended {ConversationId}: {Status}")]
    private partial void LogChatEnded(string conversationId, string agentId, RoutingStatus status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply of agent {AgentId} to {ConversationId} blocked by the screen ({ReasonCount} reasons)")]
    private partial void LogReplyBlocked(string agentId, string conversationId, int reasonCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notice {Kind} to {ConversationId} not delivered; the change stands")]
    private partial void LogNotDelivered(Notifications.BuyerNoticeKind kind, string conversationId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply of agent {AgentId} to {ConversationId} passed the screen but was not delivered")]
    private partial void LogReplyNotDelivered(string agentId, string conversationId, Exception exception);
}
