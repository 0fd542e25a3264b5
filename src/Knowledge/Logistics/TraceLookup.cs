namespace ShopBot.Knowledge.Logistics;

/// <summary>The answer of <see cref="ILogisticsTraces"/>: a status, and the trace when one was found.</summary>
public sealed record TraceLookup(TraceLookupStatus Status, LogisticsTrace? Trace = null)
{
    public static TraceLookup NotAsked { get; } = new(TraceLookupStatus.NotAsked);

    public static TraceLookup NoRecord { get; } = new(TraceLookupStatus.NoRecord);

    public static TraceLookup Unavailable { get; } = new(TraceLookupStatus.Unavailable);

    public static TraceLookup Found(LogisticsTrace trace) => new(TraceLookupStatus.Found, trace);
}
