namespace ShopBot.Bot.Reports;

/// <summary>How a conversation ended; the README defines each.</summary>
public enum ConversationOutcome
{
    ResolvedByBot,
    HandedOff,
    Abandoned,
    Unresolved,
    Open,
}
