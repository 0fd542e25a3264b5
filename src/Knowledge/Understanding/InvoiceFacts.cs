using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Entities;

/// <summary>The invoice fields the buyer gave in one message; each is null when not given.</summary>
public sealed record InvoiceFacts
{
    public InvoiceTitleType? TitleType { get; init; }

    /// <summary>A checked title: a person's name or an organisation's name, never a sentence.</summary>
    public string? Title { get; init; }

    /// <summary>A 统一社会信用代码 whose check character is right, upper-cased.</summary>
    public string? TaxNumber { get; init; }

    /// <summary>Something given as a tax number that fails the check, so that the flow can ask again.</summary>
    public string? InvalidTaxNumber { get; init; }

    public string? Email { get; init; }

    public InvoiceMedium? Medium { get; init; }

    public InvoiceKind? Kind { get; init; }
}
