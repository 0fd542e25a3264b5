namespace ShopBot.Handoff.Agents;

/// <summary>What happened to an agent's reply.</summary>
public enum AgentReplyOutcome
{
    /// <summary>Screened, allowed and handed to the buyer's channel (see <see cref="AgentReplyResult.Delivered"/>).</summary>
    Sent,

    /// <summary>The screen blocked it: nothing reached the buyer.</summary>
    Blocked,

    /// <summary>The agent does not own the conversation (any more): nothing reached the buyer.</summary>
    NotOwner,
}
