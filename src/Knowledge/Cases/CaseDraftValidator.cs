using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Cases;

/// <summary>Checks a draft against what its kind needs, so that every store refuses the same drafts.</summary>
public static partial class CaseDraftValidator
{
    public const int MaxTextLength = 1000;
    public const int MaxPhotos = 9;

    public static void Validate(CaseDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Require(!string.IsNullOrWhiteSpace(draft.BuyerId), "BuyerId is required.");
        Require(draft.OrderNumber is null || OrderNumberPattern().IsMatch(draft.OrderNumber), "OrderNumber must be 18–19 digits.");
        Require(draft.Kind == CaseKind.LostParcel || draft.Kind == CaseKind.Compensation || draft.OrderNumber is not null, $"OrderNumber is required for {draft.Kind.Name()}.");
        foreach (var text in new[] { draft.Reason, draft.Description, draft.InvoiceTitle })
        {
            Require(text is null || text.Length <= MaxTextLength, $"texts are limited to {MaxTextLength} characters.");
        }

        switch (draft.Kind)
        {
            case CaseKind.RefundRequest:
                Require(!string.IsNullOrWhiteSpace(draft.Reason), "Reason is required for a refund request.");
                break;
            case CaseKind.Return or CaseKind.Exchange or CaseKind.Compensation or CaseKind.Reship or CaseKind.AddressChange or CaseKind.Repair or CaseKind.QualityReport or CaseKind.RefundWithdrawal or CaseKind.OrderChange or CaseKind.CombineShipment or CaseKind.RefundCheck:
                Require(!string.IsNullOrWhiteSpace(draft.Description), $"Description is required for {draft.Kind.Name()}.");
                break;
            case CaseKind.InvoiceRequest:
                ValidateInvoice(draft);
                break;
        }

        Require(draft.RefundAmount is null || (draft.Kind is CaseKind.RefundRequest or CaseKind.Return or CaseKind.OrderChange && draft.RefundAmount >= 0), "Refund is an amount of zero or more on a refund request, a return or fewer pieces of an order only.");
        Require(draft.Compensation is null || (draft.Kind == CaseKind.Compensation && draft.Compensation > 0), "Compensation is a positive amount on a compensation case only.");
        Require(draft.PhotoUrls.Count <= MaxPhotos, $"at most {MaxPhotos} photos.");
        foreach (var url in draft.PhotoUrls)
        {
            Require(
                PhotoReferencePattern().IsMatch(url)
                || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)),
                $"photo '{url}' is neither an http(s) URL nor an attachment:ID the host stored.");
        }
    }

    private static void ValidateInvoice(CaseDraft draft)
    {
        Require(draft.InvoiceTitleType is not null, "InvoiceTitleType is required for an invoice request.");
        // A request the buyer completes later is recorded with what is known, its description saying what is to follow.
        Require(
            !string.IsNullOrWhiteSpace(draft.InvoiceTitle) || Awaits(draft, CaseDraft.TitleToFollow),
            "InvoiceTitle is required for an invoice request, unless the description says the buyer sends it later.");
        // A paper invoice is posted, not e-mailed: its description says where it goes instead.
        Require(
            draft.Email is null ? !string.IsNullOrWhiteSpace(draft.Description) : EmailPattern().IsMatch(draft.Email),
            "Email must be an e-mail address (or, for a paper invoice, a description says where it is posted).");
        if (draft.InvoiceTitleType == InvoiceTitleType.Company)
        {
            // "税号在订单备注里": the number is looked up there by a colleague, which the description says.
            Require(
                draft.TaxNumber is null ? Awaits(draft, CaseDraft.TaxNumberInOrderNote) || Awaits(draft, CaseDraft.TaxNumberToFollow) : TaxNumberPattern().IsMatch(draft.TaxNumber),
                "TaxNumber (15–20 letters and digits) is required for a company title, unless the description says it is in the order's note or follows later.");
        }
    }

    private static bool Awaits(CaseDraft draft, string words) => draft.Description?.Contains(words, StringComparison.Ordinal) == true;

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new CaseDraftException(message);
        }
    }

    // An image the host keeps itself, by id: the host serves it to buyers and agents at addresses of its own.
    [GeneratedRegex("^attachment:[0-9a-f]{32}$")]
    private static partial Regex PhotoReferencePattern();

    [GeneratedRegex("^[0-9]{18,19}$")]
    private static partial Regex OrderNumberPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    // 统一社会信用代码 is 18 characters; older tax numbers are 15 or 20.
    [GeneratedRegex("^[0-9A-Z]{15,20}$")]
    private static partial Regex TaxNumberPattern();
}
