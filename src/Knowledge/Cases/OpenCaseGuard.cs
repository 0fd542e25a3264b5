namespace ShopBot.Knowledge.Cases;

/// <summary>
/// One open case of a kind per order, whichever flow records it: a second refund for an order already being refunded
/// would count twice in the finance register, a second address change beside the first leaves the warehouse two
/// addresses. A request of a kind whose open case stands (refund, return, exchange, lost parcel, reshipment, repair, a
/// follow-up with the courier: "那你们快点查" after one was recorded is the same need)
/// returns that case unchanged, looked for and opened in one step of the store
/// (<see cref="ICaseStore.OpenUnlessOpenAsync"/>), so two turns at once never both open one; one whose new details
/// supersede the old (address change, invoice request, compensation, a later shipping date) is opened and the earlier
/// one cancelled with a note naming it, so exactly one stays open. An order change asked again in the same words
/// returns the open one, an invoice request with the same title, tax number and e-mail too. A case that reverses another need on the order cancels that one too
/// (<see cref="Reverses"/>), so no two open records contradict each other.
/// </summary>
public sealed class OpenCaseGuard(ICaseStore cases)
{
    private static readonly CaseKind[] Remedies = [CaseKind.Return, CaseKind.Exchange, CaseKind.Repair, CaseKind.Compensation, CaseKind.QualityReport];

    public async Task<CaseRecord> OpenAsync(CaseDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.OrderNumber is null)
        {
            return await cases.OpenAsync(draft, cancellationToken).ConfigureAwait(false);
        }

        var rule = RuleOf(draft.Kind);
        if (rule == Rule.KeepOpen)
        {
            var opening = await cases.OpenUnlessOpenAsync(draft, cancellationToken).ConfigureAwait(false);
            if (opening.Opened)
            {
                await CancelReversedAsync(draft, cancellationToken).ConfigureAwait(false);
            }

            return opening.Case;
        }

        if (rule == Rule.Many)
        {
            var added = await cases.OpenAsync(draft, cancellationToken).ConfigureAwait(false);
            await CancelReversedAsync(draft, cancellationToken).ConfigureAwait(false);
            return added;
        }

        var query = new CaseQuery { BuyerId = draft.BuyerId, OrderNumber = draft.OrderNumber, Kind = draft.Kind, Status = CaseStatus.Open };
        var open = await cases.ListAsync(query, cancellationToken).ConfigureAwait(false);
        if (rule is Rule.SameWordsKept or Rule.SameWordsKeptElseSupersede
            && open.FirstOrDefault(c => string.Equals(c.Description, draft.Description, StringComparison.Ordinal) && string.Equals(c.Reason, draft.Reason, StringComparison.Ordinal)) is { } same)
        {
            return same;
        }

        // An invoice asked again with the same fields is the request on record, whatever notes its description carries.
        if (rule == Rule.SameFieldsKeptElseSupersede && open.FirstOrDefault(c => SameInvoice(c, draft)) is { } sameFields)
        {
            return sameFields;
        }

        var opened = await cases.OpenAsync(draft, cancellationToken).ConfigureAwait(false);
        var replaced = rule is Rule.Supersede or Rule.SameWordsKeptElseSupersede or Rule.SameFieldsKeptElseSupersede ? open : [];
        foreach (var earlier in replaced)
        {
            await cases.ResolveAsync(earlier.Id, new CaseResolution("bot", Note: "买家更新了申请，以新申请为准", Cancelled: true), cancellationToken).ConfigureAwait(false);
        }

        await CancelReversedAsync(draft, cancellationToken).ConfigureAwait(false);
        return opened;
    }

    private async Task CancelReversedAsync(CaseDraft draft, CancellationToken cancellationToken)
    {
        var reversed = Reverses(draft.Kind);
        if (reversed.Count == 0)
        {
            return;
        }

        var onOrder = await cases.ListAsync(new CaseQuery { BuyerId = draft.BuyerId, OrderNumber = draft.OrderNumber, Status = CaseStatus.Open }, cancellationToken).ConfigureAwait(false);
        foreach (var earlier in onOrder.Where(c => c.Kind != draft.Kind && reversed.Contains(c.Kind) && !KeptBeside(draft.Kind, c)))
        {
            await cases.ResolveAsync(earlier.Id, new CaseResolution("bot", Note: $"买家改为{draft.Kind.Label()}，以新申请为准", Cancelled: true), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>How the follow-up asking a colleague to extend the receipt time opens its description.</summary>
    public const string ReceiptExtensionNote = "买家请求延长收货时间";

    /// <summary>The receipt time extended while a lost parcel is looked for is no chasing the lost-parcel record replaces.</summary>
    private static bool KeptBeside(CaseKind kind, CaseRecord earlier) =>
        kind == CaseKind.LostParcel && earlier.Description?.StartsWith(ReceiptExtensionNote, StringComparison.Ordinal) == true;

    /// <summary>
    /// The kinds a new case of this kind takes the place of on the same order: a return, exchange, repair or money
    /// kept back replaces the remedy asked before (the buyer changed their mind, in this chat or a later one); a lost
    /// parcel replaces the plain chasing of the courier; asking to ship now lifts a hold, and a hold replaces a hurry;
    /// a refund of the order (cancelling it) closes the hurry or urgent note on it, which nobody should act on any more,
    /// and the changes asked of it ("三条只发两条" before "三条都不要了 全退"), which would still tell the warehouse to ship.
    /// </summary>
    public static IReadOnlyList<CaseKind> Reverses(CaseKind kind) => kind switch
    {
        CaseKind.Return or CaseKind.Exchange or CaseKind.Repair or CaseKind.Compensation => Remedies,
        CaseKind.LostParcel => [CaseKind.LogisticsFollowUp],
        CaseKind.HurryNote or CaseKind.UrgentNote => [CaseKind.DelayShipment],
        CaseKind.DelayShipment => [CaseKind.HurryNote, CaseKind.UrgentNote],
        CaseKind.RefundRequest => [CaseKind.HurryNote, CaseKind.UrgentNote, CaseKind.OrderChange],
        _ => [],
    };

    private static Rule RuleOf(CaseKind kind) => kind switch
    {
        CaseKind.RefundRequest or CaseKind.Return or CaseKind.Exchange or CaseKind.LostParcel or CaseKind.Reship or CaseKind.Repair
            or CaseKind.LogisticsFollowUp or CaseKind.RefundCheck => Rule.KeepOpen,
        CaseKind.AddressChange or CaseKind.Compensation => Rule.Supersede,
        CaseKind.InvoiceRequest => Rule.SameFieldsKeptElseSupersede,
        CaseKind.OrderChange or CaseKind.CombineShipment => Rule.SameWordsKept,
        CaseKind.DelayShipment => Rule.SameWordsKeptElseSupersede,
        _ => Rule.Many,
    };

    private enum Rule
    {
        Many,
        KeepOpen,
        Supersede,
        SameWordsKept,
        SameWordsKeptElseSupersede,
        SameFieldsKeptElseSupersede,
    }

    private static bool SameInvoice(CaseRecord record, CaseDraft draft) =>
        record.InvoiceTitleType == draft.InvoiceTitleType
        && string.Equals(record.InvoiceTitle, draft.InvoiceTitle, StringComparison.Ordinal)
        && string.Equals(record.TaxNumber, draft.TaxNumber, StringComparison.OrdinalIgnoreCase)
        && string.Equals(record.Email, draft.Email, StringComparison.OrdinalIgnoreCase);
}
