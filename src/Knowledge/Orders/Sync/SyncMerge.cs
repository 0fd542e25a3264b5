namespace ShopBot.Knowledge.Orders.Sync;

/// <summary>What one merge did: orders new to the bot, and orders whose newer copy replaced the one held.</summary>
public sealed record SyncMerge(int Added, int Changed);
