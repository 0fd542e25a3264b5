namespace ShopBot.Knowledge.Orders;

/// <summary>What reading one export gave: the orders read, the rows refused with reasons, and the encoding found.</summary>
public sealed record OrderImport(string Source, string EncodingName, int Rows, IReadOnlyList<Order> Orders, IReadOnlyList<ImportProblem> Problems)
{
    public IReadOnlyDictionary<OrderStatus, int> CountByStatus =>
        Orders.GroupBy(o => o.Status).ToDictionary(g => g.Key, g => g.Count());
}
