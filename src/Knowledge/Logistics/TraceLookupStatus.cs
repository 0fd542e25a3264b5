namespace ShopBot.Knowledge.Logistics;

/// <summary>What asking for a parcel's trace came to.</summary>
public enum TraceLookupStatus
{
    /// <summary>No provider is configured, the order has no tracking number, or its carrier has no provider code: nothing was called.</summary>
    NotAsked,

    /// <summary>The provider answered with the trace.</summary>
    Found,

    /// <summary>The provider answered that it has no scans for this number yet.</summary>
    NoRecord,

    /// <summary>The provider failed, refused the request or did not answer in time.</summary>
    Unavailable,
}
