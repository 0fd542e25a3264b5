namespace ShopBot.Bot.Agents;

/// <summary>An internal note as the console shows it; never sent to the buyer.</summary>
public sealed record NoteItem(string AgentId, string Name, string Text, DateTimeOffset At);
