namespace ShopBot.Knowledge.Orders.Sync;

/// <summary>An order read from the platform, with the trade's <c>modified</c> time that decides which copy is newer.</summary>
public sealed record SyncedOrder(Order Order, DateTimeOffset Modified);
