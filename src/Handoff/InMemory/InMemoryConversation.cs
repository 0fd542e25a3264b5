using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;

namespace ShopBot.Handoff.InMemory;

/// <summary>Mutable routing record of one conversation; only touched under the store's lock.</summary>
internal sealed class InMemoryConversation(string conversationId)
{
    public string ConversationId { get; } = conversationId;
    public RoutingStatus Status { get; set; } = RoutingStatus.WithBot;
    public HandoffTicket? Ticket { get; set; }
    public string Channel { get; set; } = HandoffRequest.DefaultChannel;
    public string? AgentId { get; set; }
    public DateTimeOffset? Since { get; set; }
    public DateTimeOffset QueuedAt { get; set; }
    public bool Returned { get; set; }
    public double Score { get; set; }
    public DateTimeOffset? UnansweredSince { get; set; }
    public int? Rating { get; set; }
    public List<string> Held { get; } = [];
    public List<RoutingTransition> History { get; } = [];

    public ConversationRouting Snapshot() => new(ConversationId, Status, Ticket, AgentId, Since, Rating);

    public void MoveTo(RoutingStatus to, string actor, string reason, DateTimeOffset now)
    {
        History.Add(new RoutingTransition(Status, to, actor, reason, now));
        Status = to;
        Since = now;
    }
}
