namespace ShopBot.Bot.Agents;

/// <summary>The Chinese names of the queue entry's intent and handoff reason, beside their ids.</summary>
public sealed partial record QueueItem
{
    public string? IntentName { get; init; }

    public string? ReasonText { get; init; }
}
