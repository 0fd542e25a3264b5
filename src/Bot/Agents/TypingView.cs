namespace ShopBot.Bot.Agents;

/// <summary>The answer to a typing ping: the chat's new answer deadline, or none when the buyer is not waiting.</summary>
public sealed record TypingView(string ConversationId, DateTimeOffset? AnswerDeadline);
