namespace ShopBot.Bot.Agents;

/// <summary>The queue, head first.</summary>
public sealed record QueueView(IReadOnlyList<QueueItem> Entries);
