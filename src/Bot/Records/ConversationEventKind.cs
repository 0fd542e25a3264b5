namespace ShopBot.Bot.Records;

/// <summary>What happened to a conversation on its way to and from a person.</summary>
public enum ConversationEventKind
{
    /// <summary>Put in the queue for a person (also when no agent is online or outside business hours).</summary>
    Queued,

    /// <summary>A handoff was decided but the queue was full: the bot kept answering.</summary>
    QueueFull,

    /// <summary>A handoff was decided but the buyer already waits in another conversation, which took the need.</summary>
    JoinedOtherChat,

    AgentJoined,

    /// <summary>An agent's reply reached the buyer's conversation.</summary>
    AgentReplied,

    /// <summary>The agent gave the chat back to the queue (went offline, did not answer, transfer declined).</summary>
    AgentLeft,

    /// <summary>The buyer left the queue before any agent took the chat.</summary>
    LeftQueue,

    /// <summary>The agent handed the buyer back to the bot.</summary>
    HandedBack,

    /// <summary>The agent closed the case.</summary>
    Closed,

    /// <summary>The buyer rated the chat (1 to 5).</summary>
    Rated,
}
