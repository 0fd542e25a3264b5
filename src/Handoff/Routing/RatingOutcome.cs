namespace ShopBot.Handoff.Routing;

/// <summary>What happened to a buyer's rating of a closed case.</summary>
public enum RatingOutcome
{
    Recorded,

    /// <summary>The case was rated before; the first rating stands.</summary>
    AlreadyRated,

    /// <summary>Only a chat an agent ended (closed, or handed back to the bot) can be rated.</summary>
    NotClosed,

    /// <summary>The rating came from someone other than the buyer of the conversation.</summary>
    WrongBuyer,
}
