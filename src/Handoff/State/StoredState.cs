namespace ShopBot.Handoff.State;

/// <summary>A conversation's state as JSON and its version (1 after the first save, +1 per save).</summary>
public sealed record StoredState(string Json, long Version);
