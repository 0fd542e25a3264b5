namespace ShopBot.Knowledge.Cases;

/// <summary>
/// One open case of a kind per order, whichever flow records it: a second refund for an order already being refunded
/// would count twice in the finance register, a second address change beside the first leaves the warehouse two
/// addresses. A request of a kind whose open case stands (refund, return, exchange, lost parcel, reshipment, repair)
/// returns that case unchanged, looked for and opened in one step of the store
/// (<see cref="ICaseStore.OpenUnlessOpenAsync"/>), so two turns at once never both open one; one whose new details supersede the old (address change, invoice request, compensation)
/// is opened and the earlier one cancelled with a note naming it, so exactly one stays open.
/// </summary>
public sealed class OpenCaseGuard(ICaseStore cases)
{
    public async Task<CaseRecord> OpenAsync(CaseDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var rule = RuleOf(draft.Kind);
        if (rule == Rule.Many || draft.OrderNumber is null)
        {
            return await cases.OpenAsync(draft, cancellationToken).ConfigureAwait(false);
        }

        if (rule == Rule.KeepOpen)
        {
            return (await cases.OpenUnlessOpenAsync(draft, cancellationToken).ConfigureAwait(false)).Case;
        }

        var query = new CaseQuery { BuyerId = draft.BuyerId, OrderNumber = draft.OrderNumber, Kind = draft.Kind, Status = CaseStatus.Open };
        var open = await cases.ListAsync(query, cancellationToken).ConfigureAwait(false);
        var opened = await cases.OpenAsync(draft, cancellationToken).ConfigureAwait(false);
        foreach (var earlier in open)
        {
            await cases.ResolveAsync(earlier.Id, new CaseResolution("bot", Note: $"买家更新了申请，以{opened.Id}为准", Cancelled: true), cancellationToken).ConfigureAwait(false);
        }

        return opened;
    }

    private static Rule RuleOf(CaseKind kind) => kind switch
    {
        CaseKind.RefundRequest or CaseKind.Return or CaseKind.Exchange or CaseKind.LostParcel or CaseKind.Reship or CaseKind.Repair => Rule.KeepOpen,
        CaseKind.AddressChange or CaseKind.InvoiceRequest or CaseKind.Compensation => Rule.Supersede,
        _ => Rule.Many,
    };

    private enum Rule
    {
        Many,
        KeepOpen,
        Supersede,
    }
}
