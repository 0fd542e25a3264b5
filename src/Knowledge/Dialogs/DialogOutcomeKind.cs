namespace ShopBot.Knowledge.Dialogs;

/// <summary>How the turn went for the bot.</summary>
public enum DialogOutcomeKind
{
    /// <summary>The bot answered or moved a flow on.</summary>
    Answered,

    /// <summary>The bot asked which of two things the buyer meant.</summary>
    Clarifying,

    /// <summary>The bot could not use the turn (unclear, unknown order, invalid field): its replies only ask again.</summary>
    NotUnderstood,
}
