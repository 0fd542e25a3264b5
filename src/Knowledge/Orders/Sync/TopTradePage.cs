namespace ShopBot.Knowledge.Orders.Sync;

/// <summary>One page of <c>taobao.trades.sold.increment.get</c>: the trades as orders with their modified times, and the total.</summary>
public sealed record TopTradePage(IReadOnlyList<SyncedOrder> Orders, int TotalResults);
