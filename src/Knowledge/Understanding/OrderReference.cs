namespace ShopBot.Knowledge.Entities;

/// <summary>
/// One way the buyer pointed at an order, with the buyer's own orders that fit it, best first. An explicit reference
/// (a full number, 尾号…, 第N个) that fits none of them is kept with an empty list so that the flow can say so.
/// </summary>
public sealed record OrderReference(OrderEvidence Evidence, string Mention, IReadOnlyList<string> OrderNumbers);
