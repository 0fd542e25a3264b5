using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "之前申请换货的怎么样了", "退款到哪一步了", "寄回去的收到了吗", "发票开了没": a follow-up on a case recorded earlier
/// for this buyer (this chat or an earlier one), answered with where that case stands and what comes next, never a new
/// request, a photo request, an order list or a tracking line. The order named (a product, a number) decides; else
/// the order in focus when it has such a case; else the buyer's newest one. No such case: said so, unless the order
/// export itself knows the answer (a refund under way on the platform), which the refund answers then give.
/// </summary>
public static partial class CaseFollowUp
{
    private const string Area = "case_followup";

    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Inside a flow only a line that points back ("我上次申请的退款呢") is a follow-up; a question there is the flow's.
        // "补一个还是退钱呢" about a problem recorded here with no remedy chosen asks how it will be settled, no earlier case.
        if (Asked(context.Compact) is not { } kinds || (context.State.ActiveFlow is not null && !Earlier().IsMatch(context.Compact))
            || (Flows.QualityReturnFlow.RecordedHere(context.State) is not null && (Flows.QualityReturnFlow.AsksBetweenRemedies(context.Compact) || Flows.QualityReturnFlow.AsksShopsRemedy(context.Compact))))
        {
            return false;
        }

        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        var named = OrderResolver.Named(context);
        var looked = named.Count > 0 ? named : orders;
        var money = kinds.Contains(CaseKind.RefundRequest);
        // Money the platform paid back and the buyer misses, and an invoice on an order named, have their own answers.
        if ((money && MoneyMissing().IsMatch(context.Compact) && looked.Any(o => o.Refund == RefundStatus.Succeeded))
            || (kinds[0] == CaseKind.InvoiceRequest && named.Count > 0))
        {
            return false;
        }

        var found = new List<CaseRecord>();
        foreach (var order in looked)
        {
            var cases = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
            found.AddRange(cases.Where(c => kinds.Contains(c.Kind) && c.Status != CaseStatus.Cancelled));
        }

        var focus = named.Count > 0 ? null : context.State.OrderNumber ?? context.State.LastOrderNumber;
        // "那退款呢" right after another order was talked about, with no case on it: the focus answers ask which is meant.
        if (money && focus is not null && !Earlier().IsMatch(context.Compact) && found.All(c => c.OrderNumber != focus))
        {
            return false;
        }

        var latest = Newest(found, focus);
        if (latest is null || orders.FirstOrDefault(o => o.OrderNumber == latest.OrderNumber) is not { } caseOrder)
        {
            return None(context, kinds, looked, named.Count > 0);
        }

        // "多久到账" right after the refund was recorded in this chat: the refund answers tell the payment channels.
        if (money && latest.ConversationId == context.Input.ConversationId && RefundTiming.IsAsked(context.Normalized)
            && !Earlier().IsMatch(context.Compact))
        {
            return false;
        }

        var slots = new Dictionary<string, string?>(context.SlotsOf(caseOrder), StringComparer.Ordinal)
        {
            [TemplateSlots.Reason] = latest.Kind.Label(),
            [TemplateSlots.Date] = latest.CreatedAt.ToString("M月d日", System.Globalization.CultureInfo.InvariantCulture),
            [TemplateSlots.InvoiceTitle] = latest.InvoiceTitle,
            [TemplateSlots.Email] = latest.Email,
        };
        if (latest.ReturnTrackingNumber is not null)
        {
            slots[TemplateSlots.Carrier] = latest.ReturnCarrier ?? "快递";
            slots[TemplateSlots.TrackingNumber] = latest.ReturnTrackingNumber;
        }
        else if (latest.TrackingNumber is not null)
        {
            slots[TemplateSlots.TrackingNumber] = latest.TrackingNumber;
        }

        context.State.ClearClarification();
        context.State.EndFlow();
        context.Say($"{Area}.{Situation(latest, caseOrder)}", slots);
        context.State.LastOrderNumber = caseOrder.OrderNumber;
        return true;
    }

    /// <summary>The case of the order in focus when one fits, else the newest.</summary>
    private static CaseRecord? Newest(List<CaseRecord> found, string? focus) =>
        found.Where(c => focus is not null && c.OrderNumber == focus).OrderByDescending(c => c.CreatedAt).FirstOrDefault()
        ?? found.OrderByDescending(c => c.CreatedAt).FirstOrDefault();

    /// <summary>The template for where the case stands, from its kind, status, photos and parcels.</summary>
    public static string Situation(CaseRecord record, Order order)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(order);
        if (record.Status == CaseStatus.Resolved)
        {
            return record switch
            {
                { Outcome: CaseOutcome.Rejected } => "resolved_rejected",
                { TrackingNumber: not null } => "resolved_sent",
                { Kind: CaseKind.RefundRequest or CaseKind.Return } or { Outcome: CaseOutcome.Refunded } => "refund_done",
                { Kind: CaseKind.InvoiceRequest } => "invoice_issued",
                _ => "resolved",
            };
        }

        return record.Kind switch
        {
            CaseKind.RefundRequest when order.Refund == RefundStatus.Succeeded => "refund_done",
            CaseKind.RefundRequest => "refund_open",
            CaseKind.Return or CaseKind.Exchange or CaseKind.Repair when record.ReturnTrackingNumber is not null => $"{record.Kind.Name()}_parcel_on_way",
            CaseKind.Return or CaseKind.Exchange or CaseKind.Repair when record.PhotoUrls.Count == 0 => $"{record.Kind.Name()}_open_photos",
            CaseKind.Return or CaseKind.Exchange or CaseKind.Repair => $"{record.Kind.Name()}_open",
            CaseKind.Reship when record.PhotoUrls.Count == 0 && record.Description is null => "open_photos",
            CaseKind.Reship => "reship_open",
            CaseKind.LostParcel or CaseKind.LogisticsFollowUp => "lost_open",
            CaseKind.Compensation => "compensation_open",
            CaseKind.InvoiceRequest when record.Email is null => "invoice_open_paper",
            CaseKind.InvoiceRequest => "invoice_open",
            CaseKind.AddressChange when order.Status == OrderStatus.AwaitingShipment => "address_open",
            CaseKind.AddressChange => "address_shipped",
            _ => "open",
        };
    }

    /// <summary>
    /// No case of the kind asked: said so for the kinds only a record holds; a refund the order export shows, an
    /// invoice, an address or a parcel the buyer names on an order are left to the answers that read the order.
    /// </summary>
    private static bool None(FlowContext context, IReadOnlyList<CaseKind> kinds, IReadOnlyList<Order> looked, bool named)
    {
        // "多久到账" alone is a question the refund answers take; "我申请退款了 到哪一步了" with no refund anywhere is said so.
        var money = kinds.Contains(CaseKind.RefundRequest);
        // "上周说给我开的发票呢" on no order in particular, and no invoice request anywhere: said so and checked by a
        // colleague, never a new request asking for the title nor a list of orders.
        if (kinds[0] == CaseKind.InvoiceRequest && !named && Earlier().IsMatch(context.Compact))
        {
            context.Say($"{Area}.invoice_none");
            context.NeedPerson(Flows.InvoiceFlow.StatusCheck);
            context.State.ClearClarification();
            context.State.EndFlow();
            return true;
        }

        // A return asked about on an order the export shows in refund is that refund: never "no return request".
        var fallsThrough = kinds[0] is CaseKind.InvoiceRequest or CaseKind.AddressChange or CaseKind.LostParcel
            || (money && (named || !Earlier().IsMatch(context.Compact) || looked.Any(o => o.Refund != RefundStatus.None)))
            || (kinds.Contains(CaseKind.Return) && looked.Any(o => o.Refund == RefundStatus.InProgress));
        if (fallsThrough)
        {
            return false;
        }

        context.Say($"{Area}.none", new Dictionary<string, string?> { [TemplateSlots.Reason] = money ? "退款" : kinds[0].Label() });
        context.State.ClearClarification();
        context.State.EndFlow();
        return true;
    }
}
