namespace ShopBot.Handoff.Queue;

/// <summary>A conversation taken from the queue by an agent: when, and how long it had waited. Feeds the wait estimate.</summary>
public sealed record Pickup(DateTimeOffset At, TimeSpan Waited);
