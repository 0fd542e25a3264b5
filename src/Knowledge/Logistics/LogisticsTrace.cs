namespace ShopBot.Knowledge.Logistics;

/// <summary>A parcel's trace as its carrier reports it: the state and the scans, newest first.</summary>
public sealed record LogisticsTrace(string CompanyCode, string TrackingNumber, TraceState State, IReadOnlyList<TraceScan> Scans)
{
    public TraceScan? Latest => Scans.Count > 0 ? Scans[0] : null;

    /// <summary>True when the parcel has arrived or gone back, so no further scan is to be waited for.</summary>
    public bool IsFinished => State is TraceState.Signed or TraceState.ReturnedToShop or TraceState.Refused;

    /// <summary>No new scan for <paramref name="stalledAfter"/> while the parcel is still on its way.</summary>
    public bool IsStalled(DateTimeOffset now, TimeSpan stalledAfter) =>
        !IsFinished && Latest is { } latest && now - latest.Time >= stalledAfter;

    /// <summary>True when this trace holds a scan newer than <paramref name="since"/>, or a different state.</summary>
    public bool MovedSince(DateTimeOffset since, TraceState stateThen) =>
        State != stateThen || (Latest is { } latest && latest.Time > since);
}
