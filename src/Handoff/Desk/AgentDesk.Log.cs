using Microsoft.Extensions.Logging;
using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Routing;

namespace ShopBot.Handoff.Desk;

public sealed partial class AgentDesk
{
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply of agent {AgentId} to {ConversationId} passed the screen but was not delivered")]
    private partial void LogReplyNotDelivered(string agentId, string conversationId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {FromAgentId} offered {ConversationId} to {ToAgentId}: {Outcome}")]
    private partial void LogOffered(string conversationId, string fromAgentId, string toAgentId, TransitionOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {AgentId} accepted the transfer of {ConversationId}")]
    private partial void LogAccepted(string conversationId, string agentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {AgentId} declined the transfer of {ConversationId}")]
    private partial void LogDeclined(string conversationId, string agentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Transfer of {ConversationId} to agent {AgentId} not accepted in time; back to the queue")]
    private partial void LogOfferExpired(string conversationId, string agentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {AgentId} added a note to {ConversationId}")]
    private partial void LogNoteAdded(string conversationId, string agentId);
}
