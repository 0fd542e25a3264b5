namespace ShopBot.Handoff.Routing;

/// <summary>Who answers a conversation right now.</summary>
public enum RoutingStatus
{
    /// <summary>The bot answers; the conversation was never handed to a person.</summary>
    WithBot,

    /// <summary>Waiting in the queue for an agent.</summary>
    Queued,

    /// <summary>An agent owns the conversation; buyer messages go to the agent.</summary>
    WithAgent,

    /// <summary>The buyer cancelled or the agent handed back: the bot answers again.</summary>
    BackWithBot,

    /// <summary>An agent closed the case; the buyer may rate the service.</summary>
    Closed,
}
