namespace ShopBot.Knowledge.Cases;

/// <summary>
/// A case about to be opened. Use the factory for the kind (<see cref="Hurry"/>, <see cref="Refund"/>, ...):
/// each takes what that kind needs. <see cref="CaseDraftValidator"/> checks it before a store accepts it.
/// </summary>
public sealed record CaseDraft(CaseKind Kind, string BuyerId, string? ConversationId, string? OrderNumber)
{
    public string? Reason { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> PhotoUrls { get; init; } = [];

    public InvoiceTitleType? InvoiceTitleType { get; init; }

    public string? InvoiceTitle { get; init; }

    public string? TaxNumber { get; init; }

    /// <summary>
    /// The words in an invoice request's description that stand for a company's tax number the buyer put in the order's
    /// note: a colleague looks it up there, so the request is recorded without one.
    /// </summary>
    public const string TaxNumberInOrderNote = "税号在订单备注里";

    /// <summary>The words in an invoice request's description that mark it as waiting for the company's tax number the buyer will send later.</summary>
    public const string TaxNumberToFollow = "税号待买家补充";

    /// <summary>The words in an invoice request's description that mark it as waiting for the title the buyer will send later.</summary>
    public const string TitleToFollow = "抬头待买家补充";

    public string? Email { get; init; }

    /// <summary>The amount in yuan a buyer accepted for a compensation case, so the finance register shows it before a person resolves it.</summary>
    public decimal? Compensation { get; init; }

    /// <summary>The amount in yuan a refund or return would give back (what the buyer paid for the order), so the finance register shows it while the case is open.</summary>
    public decimal? RefundAmount { get; init; }

    /// <summary>A hurry note within the promise, or an urgent note once it has passed.</summary>
    public static CaseDraft Hurry(string buyerId, string conversationId, string orderNumber, bool pastPromise, string? note = null) =>
        new(pastPromise ? CaseKind.UrgentNote : CaseKind.HurryNote, buyerId, conversationId, orderNumber) { Reason = note };

    public static CaseDraft Refund(string buyerId, string conversationId, string orderNumber, string reason) =>
        new(CaseKind.RefundRequest, buyerId, conversationId, orderNumber) { Reason = reason };

    public static CaseDraft ReturnOrExchange(string buyerId, string conversationId, string orderNumber, bool exchange, string description, IEnumerable<string> photoUrls) =>
        new(exchange ? CaseKind.Exchange : CaseKind.Return, buyerId, conversationId, orderNumber)
        {
            Description = description,
            PhotoUrls = photoUrls.ToList(),
        };

    public static CaseDraft Reship(string buyerId, string conversationId, string orderNumber, string description, IEnumerable<string> photoUrls) =>
        new(CaseKind.Reship, buyerId, conversationId, orderNumber)
        {
            Description = description,
            PhotoUrls = photoUrls.ToList(),
        };

    /// <summary>A problem the goods have, with what the buyer asks for: a return, an exchange, a repair, or nothing yet (a report).</summary>
    public static CaseDraft Quality(CaseKind kind, string buyerId, string conversationId, string orderNumber, string description, IEnumerable<string> photoUrls) =>
        new(kind, buyerId, conversationId, orderNumber)
        {
            Description = description,
            PhotoUrls = photoUrls.ToList(),
        };

    /// <param name="description">Paper or electronic, a re-issue of a wrong title, and anything else finance must know.</param>
    public static CaseDraft Invoice(string buyerId, string conversationId, string orderNumber, InvoiceTitleType titleType, string title, string? taxNumber, string? email, string? description = null) =>
        new(CaseKind.InvoiceRequest, buyerId, conversationId, orderNumber)
        {
            Description = description,
            InvoiceTitleType = titleType,
            InvoiceTitle = string.IsNullOrWhiteSpace(title) ? null : title,
            TaxNumber = taxNumber,
            Email = email,
        };
}
