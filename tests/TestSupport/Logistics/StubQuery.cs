namespace ShopBot.TestSupport.Logistics;

/// <summary>A query the stub received: the company code, number, whether a phone came, and whether it was signed right.</summary>
public sealed record StubQuery(string Company, string Number, string? Phone, bool SignedRight, string ContentType);
