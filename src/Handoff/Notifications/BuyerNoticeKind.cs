namespace ShopBot.Handoff.Notifications;

/// <summary>What the buyer is being told about their place with a person.</summary>
public enum BuyerNoticeKind
{
    /// <summary>Queued: position and, when known, the estimated wait.</summary>
    Queued,

    /// <summary>Someone ahead left the queue: the new position and estimate.</summary>
    MovedUp,

    /// <summary>Queued, but no agent is online right now; the message is kept for the next agent.</summary>
    NoAgentOnline,

    /// <summary>Queued outside business hours; the message is kept and the next opening is given.</summary>
    OutsideBusinessHours,

    AgentJoined,

    /// <summary>The chat went back to the queue (the agent went offline, did not answer in time, or a transfer was declined); the buyer is told they are first in line for another agent.</summary>
    AgentLeft,

    /// <summary>The bot answers again (the buyer cancelled or the agent handed back).</summary>
    BackWithBot,

    /// <summary>The agent closed the case; the buyer is invited to rate it from 1 to 5.</summary>
    Closed,

    /// <summary>Not queued: the buyer already waits in another conversation.</summary>
    AlreadyQueuedElsewhere,

    /// <summary>Not queued again: the new need was added to the conversation in which the buyer already waits.</summary>
    AddedToQueuedChat,

    /// <summary>Not queued: too many buyers are waiting right now; the bot keeps answering.</summary>
    QueueFull,
}
