namespace ShopBot.Bot.Schema;

/// <summary>Names of <c>event</c> activities the host makes itself, as botbuilder spells them.</summary>
public static class ActivityEventNames
{
    /// <summary>The activity of a turn the channel adapter starts to send into a conversation outside a buyer's turn.</summary>
    public const string ContinueConversation = "ContinueConversation";
}
