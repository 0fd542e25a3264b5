using ShopBot.Handoff.Queue;

namespace ShopBot.Handoff.Routing;

/// <summary>
/// The routing state of one conversation. <see cref="Ticket"/> describes the latest handoff request (absent while the
/// conversation was never escalated); <see cref="AgentId"/> is set only while an agent owns it.
/// </summary>
public sealed record ConversationRouting(
    string ConversationId,
    RoutingStatus Status,
    HandoffTicket? Ticket,
    string? AgentId,
    DateTimeOffset? Since,
    int? Rating)
{
    public static ConversationRouting Unknown(string conversationId) => new(conversationId, RoutingStatus.WithBot, null, null, null, null);
}
