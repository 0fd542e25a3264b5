namespace ShopBot.Knowledge.Orders;

/// <summary>A row of the export that could not be read: its 1-based line in the file, the order number when known, and why.</summary>
public sealed record ImportProblem(int Line, string? OrderNumber, string Reason)
{
    public override string ToString() => OrderNumber is null ? $"line {Line}: {Reason}" : $"line {Line} (order {OrderNumber}): {Reason}";
}
