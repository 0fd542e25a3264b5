namespace ShopBot.Handoff.Queue;

/// <summary>Where a queued buyer stands: 1-based position and, when recent pick-ups allow an estimate, the expected wait.</summary>
public sealed record QueueStanding(int Position, TimeSpan? EstimatedWait);
