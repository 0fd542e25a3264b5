namespace ShopBot.Knowledge.Logistics;

/// <summary>One scan of a parcel: when, where (when the carrier says), and what happened in the carrier's words.</summary>
public sealed record TraceScan(DateTimeOffset Time, string? Place, string Text);
