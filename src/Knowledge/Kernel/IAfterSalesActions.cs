using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Kernel;

/// <summary>
/// The after-sales actions the scripted flows take, each for one buyer's turn. The implementation invokes the
/// <see cref="AfterSalesPlugin"/> functions through the kernel, so its filters (screen, audit) see every action.
/// </summary>
public interface IAfterSalesActions
{
    Task<CaseRecord> RecordHurryNoteAsync(BuyerTurn turn, string orderNumber, bool pastPromise, string? note, CancellationToken cancellationToken);

    Task<CaseRecord> RequestRefundAsync(BuyerTurn turn, string orderNumber, string reason, CancellationToken cancellationToken);

    Task<CaseRecord> OpenReturnCaseAsync(BuyerTurn turn, string orderNumber, bool exchange, string description, IReadOnlyList<string> photoUrls, CancellationToken cancellationToken);

    /// <summary>A return of <paramref name="pieces"/> of the order's pieces: the refund is their share of what was paid.</summary>
    Task<CaseRecord> OpenPieceReturnAsync(BuyerTurn turn, string orderNumber, int pieces, string description, IReadOnlyList<string> photoUrls, CancellationToken cancellationToken);

    /// <param name="email">Where an electronic invoice goes; null for a paper one, whose <paramref name="description"/> says where it is posted.</param>
    Task<CaseRecord> RequestInvoiceAsync(BuyerTurn turn, string orderNumber, InvoiceTitleType titleType, string title, string? taxNumber, string? email, string? description, CancellationToken cancellationToken);

    Task<CaseRecord> ReportLostParcelAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken);

    Task<CaseRecord> RequestReshipAsync(BuyerTurn turn, string orderNumber, string description, IReadOnlyList<string> photoUrls, CancellationToken cancellationToken);

    /// <param name="kind"><see cref="CaseKind.Repair"/> or <see cref="CaseKind.QualityReport"/>.</param>
    Task<CaseRecord> RecordQualityCaseAsync(BuyerTurn turn, string orderNumber, CaseKind kind, string description, IReadOnlyList<string> photoUrls, CancellationToken cancellationToken);

    /// <param name="amount">What the buyer accepted, in yuan: the finance register shows it.</param>
    Task<CaseRecord> RequestCompensationAsync(BuyerTurn turn, string orderNumber, decimal amount, string description, CancellationToken cancellationToken);

    Task<CaseRecord> FollowUpLogisticsAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken);

    Task<CaseRecord> RecordDelayShipmentAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken);

    /// <summary>Orders the warehouse packs in one parcel; the description names the other order.</summary>
    Task<CaseRecord> RecordCombineShipmentAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken);

    /// <summary>A refund paid back whose money the buyer has not seen; the description says what the buyer told.</summary>
    Task<CaseRecord> RequestRefundCheckAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken);

    /// <summary>A new delivery address for an order not yet shipped; the description holds it for the warehouse.</summary>
    Task<CaseRecord> RequestAddressChangeAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken);

    /// <summary>The buyer withdraws a refund under way on the platform; the description tells the shop what to do.</summary>
    Task<CaseRecord> RecordRefundWithdrawalAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken);

    /// <summary>A change to an order before it ships (what changes, from what to what, which item), for the warehouse to confirm.</summary>
    Task<CaseRecord> RequestOrderChangeAsync(BuyerTurn turn, string orderNumber, string reason, string description, CancellationToken cancellationToken);

    /// <summary>Fewer pieces of an order not yet shipped: the rest ships, the pieces dropped are refunded (the refund is the order's price for them).</summary>
    Task<CaseRecord> RequestPartialCancelAsync(BuyerTurn turn, string orderNumber, int pieces, string description, CancellationToken cancellationToken);

    /// <summary>Withdraws an open record this conversation made (the wrong order, a remedy refused), or a change before shipping or a hold the buyer takes back later.</summary>
    Task<CaseRecord> WithdrawCaseAsync(BuyerTurn turn, string caseId, string note, CancellationToken cancellationToken);

    /// <summary>Notes the courier and number of the parcel the buyer sent back on their own open return, exchange or repair.</summary>
    Task<CaseRecord> NoteReturnParcelAsync(BuyerTurn turn, string caseId, string? carrier, string trackingNumber, CancellationToken cancellationToken);

    /// <summary>The buyer's own records on one of their orders (invoice requests ...), newest first.</summary>
    Task<IReadOnlyList<CaseRecord>> CasesOfOrderAsync(BuyerTurn turn, string orderNumber, CancellationToken cancellationToken);
}
