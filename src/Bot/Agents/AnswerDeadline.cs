namespace ShopBot.Bot.Agents;

/// <summary>The buyer of this chat waits for an answer: unless the agent answers or types by <see cref="Deadline"/>, the chat goes back to the queue.</summary>
public sealed record AnswerDeadline(string ConversationId, DateTimeOffset Deadline);
