namespace ShopBot.Bot.Agents;

/// <summary>
/// An invoice request's title (<c>personal</c> or <c>company</c>, with the name), tax number and e-mail, so the person who
/// issues it never asks the buyer again; null for other kinds.
/// </summary>
public sealed partial record CaseItem
{
    public string? InvoiceTitleType { get; init; }

    public string? InvoiceTitle { get; init; }

    public string? TaxNumber { get; init; }

    public string? Email { get; init; }
}
