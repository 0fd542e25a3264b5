namespace ShopBot.Bot.Records;

/// <summary>One handoff event of a conversation: when, what, which agent (when one was involved) and the rating given.</summary>
public sealed record ConversationEvent(
    string Id,
    DateTimeOffset At,
    string ConversationId,
    ConversationEventKind Kind,
    string? AgentId = null,
    int? Rating = null);
