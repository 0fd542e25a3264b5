namespace ShopBot.Knowledge.Entities;

/// <summary>
/// What one buyer message says besides its intent: the orders it points at, an address, invoice fields, amounts,
/// a reason category and the cues. Values come from the part the buyer asserts: in "不是5921，是5922" only 5922.
/// </summary>
public sealed record MessageFacts
{
    public IReadOnlyList<OrderReference> OrderReferences { get; init; } = [];

    /// <summary>The buyer's orders the references fit, the one most references agree on first.</summary>
    public IReadOnlyList<string> MatchedOrderNumbers { get; init; } = [];

    /// <summary>A product the buyer names that none of their orders holds ("保温杯" to a buyer who never bought one).</summary>
    public string? UnownedProduct { get; init; }

    public AddressFacts? Address { get; init; }

    public InvoiceFacts? Invoice { get; init; }

    /// <summary>Sums of money with a currency word or sign (¥50, 50元, 30块), not the price that picks an order.</summary>
    public IReadOnlyList<decimal> Amounts { get; init; } = [];

    /// <summary>A refund or return reason as an id of <see cref="ReasonCategories"/>, never the buyer's sentence.</summary>
    public string? Reason { get; init; }

    /// <summary>Words standing alone that look like a person's name (林莉 in "林莉 刚说了呀"), for a flow that asked for one.</summary>
    public IReadOnlyList<string> PersonNames { get; init; } = [];

    public MessageCues Cues { get; init; } = MessageCues.None;
}
