namespace ShopBot.Knowledge.Kernel;

using System.ComponentModel;
using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Orders;

/// <summary>
/// The bot's after-sales actions: each records a note, request or case for the current buyer (from the kernel's
/// <see cref="BuyerTurn"/>) on one of that buyer's orders. These change data, so they are offered to the scripted
/// flows only, never to a chat model.
/// </summary>
public sealed class AfterSalesPlugin(ICaseStore cases, IOrderLookup orders, IOptions<DialogOptions> dialogs)
{
    // Every case the bot opens passes the one guard against a second open case of the same kind on an order.
    private readonly OpenCaseGuard _guard = new(cases);

    [KernelFunction(KernelNames.HurryNote)]
    [Description("记录买家催发货；超过发货承诺时记为加急并需人工跟进。")]
    public Task<CaseRecord> RecordHurryNoteAsync(Kernel kernel, string orderNumber, bool pastPromise, string? note = null, CancellationToken cancellationToken = default)
    {
        var turn = Own(kernel, orderNumber);
        return _guard.OpenAsync(CaseDraft.Hurry(turn.BuyerId, turn.ConversationId, orderNumber, pastPromise, note), cancellationToken);
    }

    [KernelFunction(KernelNames.RefundRequest)]
    [Description("记录未发货订单的退款申请和原因。")]
    public Task<CaseRecord> RequestRefundAsync(Kernel kernel, string orderNumber, string reason, CancellationToken cancellationToken = default)
    {
        var turn = Own(kernel, orderNumber);
        return _guard.OpenAsync(CaseDraft.Refund(turn.BuyerId, turn.ConversationId, orderNumber, reason) with { RefundAmount = Paid(turn, orderNumber) }, cancellationToken);
    }

    [KernelFunction(KernelNames.ReturnCase)]
    [Description("为质量问题开退货或换货工单，附问题描述和照片，交人工审核。pieces：只退订单里其中几件时的件数（退款按单价算），0为整单。")]
    public Task<CaseRecord> OpenReturnCaseAsync(Kernel kernel, string orderNumber, bool exchange, string description, string[] photoUrls, int pieces = 0, CancellationToken cancellationToken = default)
    {
        var turn = Own(kernel, orderNumber);
        var draft = CaseDraft.ReturnOrExchange(turn.BuyerId, turn.ConversationId, orderNumber, exchange, description, photoUrls);
        return _guard.OpenAsync(exchange ? draft : draft with { RefundAmount = PaidFor(turn, orderNumber, pieces) }, cancellationToken);
    }

    [KernelFunction(KernelNames.InvoiceRequest)]
    [Description("记录开票申请：抬头类型、抬头、税号（公司）、接收邮箱（电子发票）和说明（纸质、重开）。")]
    public Task<CaseRecord> RequestInvoiceAsync(Kernel kernel, string orderNumber, InvoiceTitleType titleType, string title, string? taxNumber, string? email, string? description = null, CancellationToken cancellationToken = default)
    {
        var turn = Own(kernel, orderNumber);
        return _guard.OpenAsync(CaseDraft.Invoice(turn.BuyerId, turn.ConversationId, orderNumber, titleType, title, taxNumber, email, description), cancellationToken);
    }

    [KernelFunction(KernelNames.AddressChange)]
    [Description("记录未发货订单的改地址申请，新地址写在说明里，交仓库修改。")]
    public Task<CaseRecord> RequestAddressChangeAsync(Kernel kernel, string orderNumber, string description, CancellationToken cancellationToken = default)
    {
        return OpenDescribedAsync(kernel, CaseKind.AddressChange, orderNumber, description, cancellationToken);
    }

    [KernelFunction(KernelNames.OrderChange)]
    [Description("记录未发货订单的修改申请（尺码、颜色、规格、数量、加购合并发货或指定快递）：原因写改什么，说明写从什么改成什么、哪件商品，交仓库确认。")]
    public Task<CaseRecord> RequestOrderChangeAsync(Kernel kernel, string orderNumber, string reason, string description, CancellationToken cancellationToken = default)
    {
        var turn = Own(kernel, orderNumber);
        var draft = new CaseDraft(CaseKind.OrderChange, turn.BuyerId, turn.ConversationId, orderNumber) { Reason = reason, Description = description };
        return _guard.OpenAsync(draft, cancellationToken);
    }

    [KernelFunction(KernelNames.PartialCancel)]
    [Description("记录未发货订单少发几件，交同事和仓库核实：已付款的订单不能直接改数量，少发部分能否按订单单价退款由同事决定，所以金额只写进说明（由订单算出，不由买家定），不记为待退款项。")]
    public Task<CaseRecord> RequestPartialCancelAsync(Kernel kernel, string orderNumber, int pieces, string description, CancellationToken cancellationToken = default)
    {
        var turn = Own(kernel, orderNumber);
        var order = orders.Find(turn.BuyerId, orderNumber)!;
        if (order.Status != OrderStatus.AwaitingShipment || pieces < 1 || pieces >= order.Quantity)
        {
            throw new CaseDraftException($"Order {orderNumber} cannot ship {pieces} fewer pieces: it must wait to ship and keep at least one piece.");
        }

        // No refund on the case: a partial refund is the colleague's to grant, so finance sees no sum until a person settles it.
        var asked = Math.Round(order.AmountPaid * pieces / order.Quantity, 2);
        var checkedDescription = $"{description}；买家想退少发部分的钱（按订单单价算{asked.ToString("0.00", CultureInfo.InvariantCulture)}元），能否部分退款待同事核实";
        var draft = new CaseDraft(CaseKind.OrderChange, turn.BuyerId, turn.ConversationId, orderNumber) { Reason = "减少数量", Description = checkedDescription };
        return _guard.OpenAsync(draft, cancellationToken);
    }

    [KernelFunction(KernelNames.OrderCases)]
    [Description("列出买家自己某个订单的记录（发票申请等），最新的在前。")]
    public async Task<CaseRecord[]> ListOrderCasesAsync(Kernel kernel, string orderNumber, CancellationToken cancellationToken = default)
    {
        var turn = Own(kernel, orderNumber);
        var found = await cases.ListAsync(new CaseQuery { BuyerId = turn.BuyerId, OrderNumber = orderNumber }, cancellationToken).ConfigureAwait(false);
        return [.. found];
    }

    [KernelFunction(KernelNames.WithdrawCase)]
    [Description("撤回本次对话里登记在错误订单上、还没处理的记录（买家更正了订单），或买家收回的、之前对话里登记的还没处理的申请（发货前修改、推迟发货、改地址或电话、发票、退货、换货、维修、补偿、补发、丢件）；已撤回的记录原样返回。")]
    public async Task<CaseRecord> WithdrawCaseAsync(Kernel kernel, string caseId, string note, CancellationToken cancellationToken = default)
    {
        var turn = BuyerTurn.Of(kernel);
        var record = await cases.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (record is null || record.BuyerId != turn.BuyerId || record.Status == CaseStatus.Resolved
            || (record.ConversationId != turn.ConversationId && !TakenBackLater(record.Kind)))
        {
            throw new CaseDraftException($"Case {caseId} is no open record of this conversation.");
        }

        if (record.Status == CaseStatus.Cancelled)
        {
            // Already withdrawn: a newer request of the same kind superseded it (OpenCaseGuard).
            return record;
        }

        return await cases.ResolveAsync(caseId, new CaseResolution("bot", Note: note, Cancelled: true), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Kinds a buyer may take back in a later chat ("换货不用了", "发票不要了", "电话不改了"): their own request that nobody
    /// has handled yet. A refund request is withdrawn on the platform, so only the chat that recorded it withdraws it.
    /// </summary>
    private static bool TakenBackLater(CaseKind kind) => kind is CaseKind.OrderChange or CaseKind.DelayShipment or CaseKind.CombineShipment or CaseKind.AddressChange
        or CaseKind.InvoiceRequest or CaseKind.Return or CaseKind.Exchange or CaseKind.Repair or CaseKind.Compensation or CaseKind.Reship or CaseKind.LostParcel;

    [KernelFunction(KernelNames.ReturnParcel)]
    [Description("在买家自己未处理完的退货、换货、维修工单，或提醒仓库留意退货的物流跟进上，记下买家寄回包裹的快递公司和单号，仓库到货时核对。")]
    public async Task<CaseRecord> NoteReturnParcelAsync(Kernel kernel, string caseId, string? carrier, string trackingNumber, CancellationToken cancellationToken = default)
    {
        var turn = BuyerTurn.Of(kernel);
        var record = await cases.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (record is null || record.BuyerId != turn.BuyerId)
        {
            throw new CaseDraftException($"Case {caseId} is no record of this buyer.");
        }

        return await cases.NoteReturnParcelAsync(caseId, carrier, trackingNumber, cancellationToken).ConfigureAwait(false);
    }

    [KernelFunction(KernelNames.LostParcel)]
    [Description("登记可能丢失的包裹，交人工联系快递。")]
    public Task<CaseRecord> ReportLostParcelAsync(Kernel kernel, string orderNumber, string description, CancellationToken cancellationToken = default)
    {
        return OpenDescribedAsync(kernel, CaseKind.LostParcel, orderNumber, description, cancellationToken);
    }

    [KernelFunction(KernelNames.Reship)]
    [Description("登记少发或缺件，交人工核实后补发。")]
    public Task<CaseRecord> RequestReshipAsync(Kernel kernel, string orderNumber, string description, string[] photoUrls, CancellationToken cancellationToken = default)
    {
        var turn = Own(kernel, orderNumber);
        return _guard.OpenAsync(CaseDraft.Reship(turn.BuyerId, turn.ConversationId, orderNumber, description, photoUrls), cancellationToken);
    }

    [KernelFunction(KernelNames.QualityCase)]
    [Description("登记买家要求维修的故障（repair），或买家暂不要求处理、只反馈的质量问题（quality_report），附问题描述和照片。")]
    public Task<CaseRecord> RecordQualityCaseAsync(Kernel kernel, string orderNumber, CaseKind kind, string description, string[] photoUrls, CancellationToken cancellationToken = default)
    {
        if (kind is not (CaseKind.Repair or CaseKind.QualityReport))
        {
            throw new CaseDraftException($"{kind.Name()} is not a repair or a quality report.");
        }

        var turn = Own(kernel, orderNumber);
        return _guard.OpenAsync(CaseDraft.Quality(kind, turn.BuyerId, turn.ConversationId, orderNumber, description, photoUrls), cancellationToken);
    }

    [KernelFunction(KernelNames.Compensation)]
    [Description("登记买家保留商品并接受的小额补偿金额（元，不超过机器人可给的上限），由同事核实后发放。")]
    public Task<CaseRecord> RequestCompensationAsync(Kernel kernel, string orderNumber, decimal amount, string description, CancellationToken cancellationToken = default)
    {
        var turn = Own(kernel, orderNumber);
        // Above what the bot may grant, the sum is the buyer's request for a supervisor to decide: it goes to finance
        // only when a person settles the case, never as if agreed.
        var cap = dialogs.Value.MaxBotCompensation;
        var draft = amount > cap
            ? new CaseDraft(CaseKind.Compensation, turn.BuyerId, turn.ConversationId, orderNumber)
            {
                Description = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"待主管审核：买家要求补偿{amount:0.##}元，超过机器人可给的{cap:0.##}元（{description}）"),
            }
            : new CaseDraft(CaseKind.Compensation, turn.BuyerId, turn.ConversationId, orderNumber) { Description = description, Compensation = amount > 0 ? amount : null };
        return _guard.OpenAsync(draft, cancellationToken);
    }

    [KernelFunction(KernelNames.LogisticsFollowUp)]
    [Description("登记物流停滞或快递不派送，交同事联系快递跟进。")]
    public Task<CaseRecord> FollowUpLogisticsAsync(Kernel kernel, string orderNumber, string description, CancellationToken cancellationToken = default)
    {
        return OpenDescribedAsync(kernel, CaseKind.LogisticsFollowUp, orderNumber, description, cancellationToken);
    }

    [KernelFunction(KernelNames.RefundWithdrawal)]
    [Description("记录买家撤销退款：请同事不要同意这笔退款，未发货的订单照常发货。")]
    public Task<CaseRecord> RecordRefundWithdrawalAsync(Kernel kernel, string orderNumber, string description, CancellationToken cancellationToken = default)
    {
        return OpenDescribedAsync(kernel, CaseKind.RefundWithdrawal, orderNumber, description, cancellationToken);
    }

    [KernelFunction(KernelNames.DelayShipment)]
    [Description("登记买家要求未发货订单延迟发货，交同事确认能否压单。")]
    public Task<CaseRecord> RecordDelayShipmentAsync(Kernel kernel, string orderNumber, string description, CancellationToken cancellationToken = default)
    {
        var turn = Own(kernel, orderNumber);
        var draft = new CaseDraft(CaseKind.DelayShipment, turn.BuyerId, turn.ConversationId, orderNumber) { Reason = "买家要求延迟发货", Description = description };
        return _guard.OpenAsync(draft, cancellationToken);
    }

    [KernelFunction(KernelNames.CombineShipment)]
    [Description("登记买家要求把已付款、未发货、同一地址的几笔订单合在一个包裹发出，交仓库一起打包。")]
    public Task<CaseRecord> RecordCombineShipmentAsync(Kernel kernel, string orderNumber, string description, CancellationToken cancellationToken = default)
    {
        return OpenDescribedAsync(kernel, CaseKind.CombineShipment, orderNumber, description, cancellationToken);
    }

    [KernelFunction(KernelNames.RefundCheck)]
    [Description("登记买家退款已成功但钱没到账的核查：人工同事核实退款去向，给买家出退款凭证。")]
    public Task<CaseRecord> RequestRefundCheckAsync(Kernel kernel, string orderNumber, string description, CancellationToken cancellationToken = default)
    {
        return OpenDescribedAsync(kernel, CaseKind.RefundCheck, orderNumber, description, cancellationToken);
    }

    /// <summary>A case of <paramref name="kind"/> whose only detail is its description.</summary>
    private Task<CaseRecord> OpenDescribedAsync(Kernel kernel, CaseKind kind, string orderNumber, string description, CancellationToken cancellationToken)
    {
        var turn = Own(kernel, orderNumber);
        return _guard.OpenAsync(new CaseDraft(kind, turn.BuyerId, turn.ConversationId, orderNumber) { Description = description }, cancellationToken);
    }

    /// <summary>What the buyer paid for the order: the amount a refund or a return gives back, for the finance register.</summary>
    private decimal Paid(BuyerTurn turn, string orderNumber) => orders.Find(turn.BuyerId, orderNumber)?.AmountPaid ?? 0m;

    /// <summary>What the pieces sent back cost of what was paid; the whole sum when all of them (or none named) go back.</summary>
    private decimal PaidFor(BuyerTurn turn, string orderNumber, int pieces) =>
        orders.Find(turn.BuyerId, orderNumber) is { Quantity: > 1 } order && pieces > 0 && pieces < order.Quantity
            ? Math.Round(order.AmountPaid * pieces / order.Quantity, 2)
            : Paid(turn, orderNumber);

    // A case is only ever opened on the buyer's own order, whoever asks.
    private BuyerTurn Own(Kernel kernel, string orderNumber)
    {
        var turn = BuyerTurn.Of(kernel);
        ArgumentNullException.ThrowIfNull(orderNumber);
        return orders.Find(turn.BuyerId, orderNumber) is not null
            ? turn
            : throw new CaseDraftException($"Order {orderNumber} is not one of the buyer's orders.");
    }
}
