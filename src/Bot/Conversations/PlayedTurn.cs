using ShopBot.Handoff.Routing;

namespace ShopBot.Bot.Conversations;

/// <summary>One buyer line played through the bot: what the bot understood, who answers now, every reply, and the records it wrote.</summary>
public sealed record PlayedTurn(
    string Said,
    string Intent,
    double Confidence,
    RoutingStatus Routing,
    IReadOnlyList<string> Replies,
    IReadOnlyList<TurnRecord> Records)
{
    /// <summary>The routing state's short name used by <c>chat --json</c> and the conversation files.</summary>
    public string State => Routing switch
    {
        RoutingStatus.Queued => "queued",
        RoutingStatus.WithAgent => "agent",
        _ => "bot",
    };
}
