namespace ShopBot.Knowledge.Entities;

/// <summary>普票 (增值税普通发票) or 专票 (增值税专用发票).</summary>
public enum InvoiceKind
{
    Ordinary,
    Special,
}
