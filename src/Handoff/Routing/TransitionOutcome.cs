namespace ShopBot.Handoff.Routing;

/// <summary>What a requested routing change did.</summary>
public enum TransitionOutcome
{
    /// <summary>The change was made and recorded.</summary>
    Applied,

    /// <summary>The conversation was already in the requested state: nothing changed, nothing recorded.</summary>
    Unchanged,

    /// <summary>The conversation is not in a state that allows the change (for example cancelling a chat an agent owns).</summary>
    WrongState,

    /// <summary>Another agent owns the conversation.</summary>
    NotOwner,

    /// <summary>The agent is not online, or already holds as many chats as the capacity allows.</summary>
    AgentUnavailable,

    /// <summary>Nothing to claim.</summary>
    QueueEmpty,

    /// <summary>Not queued: the buyer already has as many conversations queued as <c>Handoff:MaxQueuedPerUser</c> allows.</summary>
    BuyerAlreadyQueued,

    /// <summary>Not queued: the channel already has as many conversations queued as <c>Handoff:MaxQueuedPerChannel</c> allows.</summary>
    QueueFull,
}
