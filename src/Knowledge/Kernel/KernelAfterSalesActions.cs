namespace ShopBot.Knowledge.Kernel;

using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Cases;

/// <summary>The flows' actions as invocations of the <see cref="KernelNames.AfterSales"/> functions on a kernel scoped to the buyer.</summary>
public sealed class KernelAfterSalesActions(Kernel kernel) : IAfterSalesActions
{
    public Task<CaseRecord> RecordHurryNoteAsync(BuyerTurn turn, string orderNumber, bool pastPromise, string? note, CancellationToken cancellationToken) =>
        InvokeAsync(turn, KernelNames.HurryNote, new() { ["orderNumber"] = orderNumber, ["pastPromise"] = pastPromise, ["note"] = note }, cancellationToken);

    public Task<CaseRecord> RequestRefundAsync(BuyerTurn turn, string orderNumber, string reason, CancellationToken cancellationToken) =>
        InvokeAsync(turn, KernelNames.RefundRequest, new() { ["orderNumber"] = orderNumber, ["reason"] = reason }, cancellationToken);

    public Task<CaseRecord> OpenReturnCaseAsync(BuyerTurn turn, string orderNumber, bool exchange, string description, IReadOnlyList<string> photoUrls, CancellationToken cancellationToken) =>
        InvokeAsync(turn, KernelNames.ReturnCase, new()
        {
            ["orderNumber"] = orderNumber,
            ["exchange"] = exchange,
            ["description"] = description,
            ["photoUrls"] = photoUrls.ToArray(),
        }, cancellationToken);

    public Task<CaseRecord> OpenPieceReturnAsync(BuyerTurn turn, string orderNumber, int pieces, string description, IReadOnlyList<string> photoUrls, CancellationToken cancellationToken) =>
        InvokeAsync(turn, KernelNames.ReturnCase, new()
        {
            ["orderNumber"] = orderNumber,
            ["exchange"] = false,
            ["description"] = description,
            ["photoUrls"] = photoUrls.ToArray(),
            ["pieces"] = pieces,
        }, cancellationToken);

    public Task<CaseRecord> RequestInvoiceAsync(BuyerTurn turn, string orderNumber, InvoiceTitleType titleType, string title, string? taxNumber, string? email, string? description, CancellationToken cancellationToken) =>
        InvokeAsync(turn, KernelNames.InvoiceRequest, new()
        {
            ["orderNumber"] = orderNumber,
            ["titleType"] = titleType,
            ["title"] = title,
            ["taxNumber"] = taxNumber,
            ["email"] = email,
            ["description"] = description,
        }, cancellationToken);

    public Task<CaseRecord> ReportLostParcelAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken) =>
        InvokeAsync(turn, KernelNames.LostParcel, new() { ["orderNumber"] = orderNumber, ["description"] = description }, cancellationToken);

    public Task<CaseRecord> RequestReshipAsync(BuyerTurn turn, string orderNumber, string description, IReadOnlyList<string> photoUrls, CancellationToken cancellationToken) =>
        InvokeAsync(turn, KernelNames.Reship, new() { ["orderNumber"] = orderNumber, ["description"] = description, ["photoUrls"] = photoUrls.ToArray() }, cancellationToken);

    public Task<CaseRecord> RecordQualityCaseAsync(BuyerTurn turn, string orderNumber, CaseKind kind, string description, IReadOnlyList<string> photoUrls, CancellationToken cancellationToken) =>
        InvokeAsync(turn, KernelNames.QualityCase, new()
        {
            ["orderNumber"] = orderNumber,
            ["kind"] = kind,
            ["description"] = description,
            ["photoUrls"] = photoUrls.ToArray(),
        }, cancellationToken);

    public Task<CaseRecord> RequestCompensationAsync(BuyerTurn turn, string orderNumber, decimal amount, string description, CancellationToken cancellationToken) =>
        InvokeAsync(turn, KernelNames.Compensation, new() { ["orderNumber"] = orderNumber, ["amount"] = amount, ["description"] = description }, cancellationToken);

    public Task<CaseRecord> FollowUpLogisticsAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken) =>
        InvokeAsync(turn, KernelNames.LogisticsFollowUp, new() { ["orderNumber"] = orderNumber, ["description"] = description }, cancellationToken);

    public Task<CaseRecord> RecordDelayShipmentAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken) =>
        InvokeAsync(turn, KernelNames.DelayShipment, new() { ["orderNumber"] = orderNumber, ["description"] = description }, cancellationToken);

    public Task<CaseRecord> RecordCombineShipmentAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken) =>
        InvokeAsync(turn, KernelNames.CombineShipment, new() { ["orderNumber"] = orderNumber, ["description"] = description }, cancellationToken);
    public Task<CaseRecord> RequestRefundCheckAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken) =>
        InvokeAsync(turn, KernelNames.RefundCheck, new() { ["orderNumber"] = orderNumber, ["description"] = description }, cancellationToken);

    public Task<CaseRecord> WithdrawCaseAsync(BuyerTurn turn, string caseId, string note, CancellationToken cancellationToken) =>
        InvokeAsync(turn, KernelNames.WithdrawCase, new() { ["caseId"] = caseId, ["note"] = note }, cancellationToken);

    public Task<CaseRecord> RecordRefundWithdrawalAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken) =>
        InvokeAsync(turn, KernelNames.RefundWithdrawal, new() { ["orderNumber"] = orderNumber, ["description"] = description }, cancellationToken);
    public Task<CaseRecord> RequestOrderChangeAsync(BuyerTurn turn, string orderNumber, string reason, string description, CancellationToken cancellationToken) =>
        InvokeAsync(turn, KernelNames.OrderChange, new() { ["orderNumber"] = orderNumber, ["reason"] = reason, ["description"] = description }, cancellationToken);

    public Task<CaseRecord> RequestPartialCancelAsync(BuyerTurn turn, string orderNumber, int pieces, string description, CancellationToken cancellationToken) =>
        InvokeAsync(turn, KernelNames.PartialCancel, new() { ["orderNumber"] = orderNumber, ["pieces"] = pieces, ["description"] = description }, cancellationToken);

    public Task<CaseRecord> RequestAddressChangeAsync(BuyerTurn turn, string orderNumber, string description, CancellationToken cancellationToken) =>
        InvokeAsync(turn, KernelNames.AddressChange, new() { ["orderNumber"] = orderNumber, ["description"] = description }, cancellationToken);

    public Task<CaseRecord> NoteReturnParcelAsync(BuyerTurn turn, string caseId, string? carrier, string trackingNumber, CancellationToken cancellationToken) =>
        InvokeAsync(turn, KernelNames.ReturnParcel, new() { ["caseId"] = caseId, ["carrier"] = carrier, ["trackingNumber"] = trackingNumber }, cancellationToken);

    public async Task<IReadOnlyList<CaseRecord>> CasesOfOrderAsync(BuyerTurn turn, string orderNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var result = await turn.Scope(kernel).InvokeAsync(KernelNames.AfterSales, KernelNames.OrderCases, new() { ["orderNumber"] = orderNumber }, cancellationToken).ConfigureAwait(false);
        return result.GetValue<CaseRecord[]>() ?? [];
    }

    /// <summary>
    /// The same actions on a kernel of their own that records into <paramref name="cases"/>: for dry runs (the trainer
    /// console) whose cases must not reach the shop's real records.
    /// </summary>
    public static KernelAfterSalesActions Recording(ICaseStore cases, IOrderLookup orders, IOptions<DialogOptions> dialogs)
    {
        var kernel = Kernel.CreateBuilder().Build();
        kernel.Plugins.AddFromObject(new AfterSalesPlugin(cases, orders, dialogs), KernelNames.AfterSales);
        return new KernelAfterSalesActions(kernel);
    }

    private async Task<CaseRecord> InvokeAsync(BuyerTurn turn, string function, KernelArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var result = await turn.Scope(kernel).InvokeAsync(KernelNames.AfterSales, function, arguments, cancellationToken).ConfigureAwait(false);
        return result.GetValue<CaseRecord>() ?? throw new InvalidOperationException($"{KernelNames.AfterSales}.{function} returned no case.");
    }
}
