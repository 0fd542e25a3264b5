using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Kernel;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The turn's actions with its shipping wishes carried: the first record the turn writes about an order's shipment (a
/// hold, an urgent note, a reship, a lost parcel, a combined parcel, an order note) gets the wishes no words of it hold
/// yet, so whichever flow writes the main need, "能发顺丰吗 补运费也行" said beside it reaches the colleague.
/// </summary>
internal sealed class WishCarryingActions(IAfterSalesActions inner, IReadOnlyList<ShippingWish> wishes) : IAfterSalesActions
{
    private readonly List<CaseRecord> _written = [];

    /// <summary>The wishes this turn's records were given.</summary>
    public List<ShippingWish> Carried { get; } = [];

    /// <summary>The records this turn wrote, as written.</summary>
    public IReadOnlyList<CaseRecord> Written => _written;

    /// <summary>True when a record of the turn held the wish in a flow's own words (the flow said it back).</summary>
    public bool HeldByFlow(ShippingWish wish) =>
        !Carried.Contains(wish) && _written.Any(r => ShippingWishes.Addition(wish, $"{r.Reason}{r.Description}") is null);

    public Task<CaseRecord> RecordHurryNoteAsync(BuyerTurn turn, string orderNumber, bool pastPromise, string? note, CancellationToken cancellationToken) =>
        KeepAsync(inner.RecordHurryNoteAsync(turn, orderNumber, pastPromise, note is null ? null : Carry(note, CaseKind.HurryNote), cancellationToken));

    public Task<CaseRecord> ReportLostParcelAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken) =>
        KeepAsync(inner.ReportLostParcelAsync(turn, orderNumber, Carry(description, CaseKind.LostParcel), cancellationToken));

    public Task<CaseRecord> RequestReshipAsync(BuyerTurn turn, string orderNumber, string description, IReadOnlyList<string> photoUrls, CancellationToken cancellationToken) =>
        KeepAsync(inner.RequestReshipAsync(turn, orderNumber, Carry(description, CaseKind.Reship), photoUrls, cancellationToken));

    public Task<CaseRecord> RecordDelayShipmentAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken) =>
        KeepAsync(inner.RecordDelayShipmentAsync(turn, orderNumber, Carry(description, CaseKind.DelayShipment), cancellationToken));

    public Task<CaseRecord> RecordCombineShipmentAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken) =>
        KeepAsync(inner.RecordCombineShipmentAsync(turn, orderNumber, Carry(description, CaseKind.CombineShipment), cancellationToken));

    /// <summary>A warehouse note, a delivery note or a courier note carries the wishes; a change of the goods is its own record.</summary>
    public Task<CaseRecord> RequestOrderChangeAsync(BuyerTurn turn, string orderNumber, string reason, string description, CancellationToken cancellationToken) =>
        KeepAsync(inner.RequestOrderChangeAsync(turn, orderNumber, reason, Notes(reason) ? Carry(description, CaseKind.OrderChange) : description, cancellationToken));

    /// <summary>The order changes that are notes for the shipment, which a shipping wish may join.</summary>
    public static bool Notes(string? reason) => reason is OrderNoteWithdrawal.NoteReason or CourierDifference.Courier or DeliveryWish.NoteReason or ShippingWishes.NoteReason;

    public Task<CaseRecord> RequestRefundAsync(BuyerTurn turn, string orderNumber, string reason, CancellationToken cancellationToken) =>
        KeepAsync(inner.RequestRefundAsync(turn, orderNumber, reason, cancellationToken));

    public Task<CaseRecord> OpenReturnCaseAsync(BuyerTurn turn, string orderNumber, bool exchange, string description, IReadOnlyList<string> photoUrls, CancellationToken cancellationToken) =>
        KeepAsync(inner.OpenReturnCaseAsync(turn, orderNumber, exchange, description, photoUrls, cancellationToken));

    public Task<CaseRecord> OpenPieceReturnAsync(BuyerTurn turn, string orderNumber, int pieces, string description, IReadOnlyList<string> photoUrls, CancellationToken cancellationToken) =>
        KeepAsync(inner.OpenPieceReturnAsync(turn, orderNumber, pieces, description, photoUrls, cancellationToken));

    public Task<CaseRecord> RequestInvoiceAsync(BuyerTurn turn, string orderNumber, InvoiceTitleType titleType, string title, string? taxNumber, string? email, string? description, CancellationToken cancellationToken) =>
        KeepAsync(inner.RequestInvoiceAsync(turn, orderNumber, titleType, title, taxNumber, email, description, cancellationToken));

    public Task<CaseRecord> RecordQualityCaseAsync(BuyerTurn turn, string orderNumber, CaseKind kind, string description, IReadOnlyList<string> photoUrls, CancellationToken cancellationToken) =>
        KeepAsync(inner.RecordQualityCaseAsync(turn, orderNumber, kind, description, photoUrls, cancellationToken));

    public Task<CaseRecord> RequestCompensationAsync(BuyerTurn turn, string orderNumber, decimal amount, string description, CancellationToken cancellationToken) =>
        KeepAsync(inner.RequestCompensationAsync(turn, orderNumber, amount, description, cancellationToken));

    public Task<CaseRecord> FollowUpLogisticsAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken) =>
        KeepAsync(inner.FollowUpLogisticsAsync(turn, orderNumber, description, cancellationToken));

    public Task<CaseRecord> RequestRefundCheckAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken) =>
        KeepAsync(inner.RequestRefundCheckAsync(turn, orderNumber, description, cancellationToken));

    public Task<CaseRecord> RequestAddressChangeAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken) =>
        KeepAsync(inner.RequestAddressChangeAsync(turn, orderNumber, description, cancellationToken));

    public Task<CaseRecord> RecordRefundWithdrawalAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken) =>
        KeepAsync(inner.RecordRefundWithdrawalAsync(turn, orderNumber, description, cancellationToken));

    public Task<CaseRecord> RequestPartialCancelAsync(BuyerTurn turn, string orderNumber, int pieces, string description, CancellationToken cancellationToken) =>
        KeepAsync(inner.RequestPartialCancelAsync(turn, orderNumber, pieces, description, cancellationToken));

    public Task<CaseRecord> WithdrawCaseAsync(BuyerTurn turn, string caseId, string note, CancellationToken cancellationToken) =>
        inner.WithdrawCaseAsync(turn, caseId, note, cancellationToken);

    public Task<CaseRecord> NoteReturnParcelAsync(BuyerTurn turn, string caseId, string? carrier, string trackingNumber, CancellationToken cancellationToken) =>
        inner.NoteReturnParcelAsync(turn, caseId, carrier, trackingNumber, cancellationToken);

    public Task<IReadOnlyList<CaseRecord>> CasesOfOrderAsync(BuyerTurn turn, string orderNumber, CancellationToken cancellationToken) =>
        inner.CasesOfOrderAsync(turn, orderNumber, cancellationToken);

    /// <summary>The wishes the record of <paramref name="kind"/> may hold and no word of it holds yet, added once per turn.</summary>
    private string Carry(string text, CaseKind kind)
    {
        var added = wishes.Where(w => !Carried.Contains(w) && Fits(w.Kind, kind) && !ShippingWishes.Holds(w, text)
            && !_written.Any(r => ShippingWishes.Holds(w, $"{r.Reason}{r.Description}"))).ToList();
        Carried.AddRange(added);
        // The courier the flow wrote itself ("改发顺丰") takes the readiness to pay on it; the flow's answer speaks of the
        // difference already, so the wish counts as the flow's own and is not said again.
        var toppedUp = wishes.Where(w => !Carried.Contains(w) && w.Kind == ShippingWishKind.Courier && ShippingWishes.Holds(w, text))
            .Select(w => ShippingWishes.Addition(w, text)).OfType<string>().FirstOrDefault() ?? string.Empty;
        return text + toppedUp + string.Concat(added.Select(w => "；" + w.Note));
    }

    /// <summary>A fallback for a hold goes only on a hold; the others on any record of the shipment.</summary>
    public static bool Fits(ShippingWishKind wish, CaseKind record) =>
        wish != ShippingWishKind.ShipIfNotHeld || record == CaseKind.DelayShipment;

    private async Task<CaseRecord> KeepAsync(Task<CaseRecord> writing)
    {
        var record = await writing.ConfigureAwait(false);
        _written.Add(record);
        return record;
    }
}
