namespace ShopBot.Knowledge.Logistics;

/// <summary>
/// A stalled parcel a buyer asked about, watched so that the bot tells them in the same conversation when it moves:
/// the latest scan and state they were told, and since when it is watched.
/// </summary>
public sealed record WatchedParcel(string ConversationId, string BuyerId, string OrderNumber, DateTimeOffset? LastScanAt, TraceState State, DateTimeOffset Since);
