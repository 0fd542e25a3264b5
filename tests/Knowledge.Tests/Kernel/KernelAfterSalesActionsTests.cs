namespace ShopBot.Knowledge.Tests.Kernel;

using Microsoft.SemanticKernel;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Kernel;

/// <summary>The flows' actions go through the kernel, act only for the turn's buyer, and are audited.</summary>
public sealed class KernelAfterSalesActionsTests : IDisposable
{
    private const string Buyer = "阿福的杂货铺";
    private const string OwnOrder = "3617051183306682495";
    private readonly KernelHarness _harness = new();

    [Fact]
    public async Task A_hurry_in_the_scripted_flow_is_recorded_through_the_kernel_function()
    {
        await _harness.SayAsync(Buyer, "亲，什么时候发货啊，急用", IntentIds.Hurry);

        var cases = await _harness.Get<ICaseStore>().ListAsync(new CaseQuery { BuyerId = Buyer });
        Assert.Contains(cases, c => c.Kind == CaseKind.HurryNote && c.OrderNumber == OwnOrder);
        Assert.Contains(_harness.Logs.Lines, l => l.Contains($"{KernelNames.AfterSales}.{KernelNames.HurryNote}(orderNumber={OwnOrder}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_case_is_opened_for_the_buyer_of_the_turn()
    {
        var record = await _harness.Get<IAfterSalesActions>().RequestRefundAsync(new BuyerTurn(Buyer, "conv-1"), OwnOrder, "拍错了", CancellationToken.None);

        Assert.Equal(Buyer, record.BuyerId);
        Assert.Equal("conv-1", record.ConversationId);
        Assert.Equal(CaseKind.RefundRequest, record.Kind);
    }

    [Fact]
    public async Task A_refund_or_return_carries_what_the_buyer_paid_so_the_register_shows_it_while_open()
    {
        var actions = _harness.Get<IAfterSalesActions>();
        var turn = new BuyerTurn("tb_lily88", "conv-amount");

        var refund = await actions.RequestRefundAsync(turn, "3615280417723305921", "拍错了", CancellationToken.None);
        var returned = await actions.OpenReturnCaseAsync(turn, "3598211106630842517", exchange: false, "杯盖漏水", [], CancellationToken.None);
        var exchange = await actions.OpenReturnCaseAsync(turn, "3612958710046631180", exchange: true, "颜色发错", [], CancellationToken.None);

        Assert.Equal((239.00m, 89.00m, 0m), (refund.Refund, returned.Refund, exchange.Refund));
        Assert.Equal(CaseStatus.Open, refund.Status);
    }

    [Fact]
    public async Task A_compensation_above_the_bots_limit_is_a_request_with_no_sum_for_finance()
    {
        var actions = _harness.Get<IAfterSalesActions>();
        var turn = new BuyerTurn("橙子不酸", "conv-cap");

        var above = await actions.RequestCompensationAsync(turn, "3614119902035518774", 30m, "破损：碗碎了一个", CancellationToken.None);
        var within = await actions.RequestCompensationAsync(turn, "3614119902035518774", 8m, "破损：碗碎了一个", CancellationToken.None);

        Assert.Equal((0m, CaseStatus.Open), (above.Compensation, above.Status));
        Assert.StartsWith("待主管审核：买家要求补偿30元", above.Description, StringComparison.Ordinal);
        Assert.Equal(8m, within.Compensation);
    }

    [Fact]
    public async Task Fewer_pieces_carry_no_refund_for_finance_only_the_sum_a_colleague_checks()
    {
        var actions = _harness.Get<IAfterSalesActions>();

        var cut = await actions.RequestPartialCancelAsync(new BuyerTurn(Buyer, "conv-cut"), OwnOrder, 2, "数量从4包减到2包：少发2包，其余照常发货", CancellationToken.None);

        Assert.Equal((0m, CaseStatus.Open, "减少数量"), (cut.Refund, cut.Status, cut.Reason));
        Assert.EndsWith("（按订单单价算99.80元），能否部分退款待同事核实", cut.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_is_withdrawn_only_by_the_conversation_that_made_it_and_withdrawing_it_again_changes_nothing()
    {
        var actions = _harness.Get<IAfterSalesActions>();
        var record = await actions.RequestRefundAsync(new BuyerTurn(Buyer, "conv-w"), OwnOrder, "拍错了", CancellationToken.None);

        await Assert.ThrowsAsync<CaseDraftException>(() => actions.WithdrawCaseAsync(new BuyerTurn(Buyer, "conv-other"), record.Id, "买家更正", CancellationToken.None));
        var withdrawn = await actions.WithdrawCaseAsync(new BuyerTurn(Buyer, "conv-w"), record.Id, "买家更正", CancellationToken.None);

        var again = await actions.WithdrawCaseAsync(new BuyerTurn(Buyer, "conv-w"), record.Id, "再次更正", CancellationToken.None);

        Assert.Equal(CaseStatus.Cancelled, withdrawn.Status);
        Assert.Equal((CaseStatus.Cancelled, withdrawn.UpdatedAt), (again.Status, again.UpdatedAt));
    }

    [Fact]
    public async Task A_request_from_an_earlier_chat_is_taken_back_by_its_buyer_in_a_later_one_and_by_nobody_else()
    {
        var actions = _harness.Get<IAfterSalesActions>();
        var invoice = await actions.RequestInvoiceAsync(new BuyerTurn(Buyer, "conv-earlier"), OwnOrder, InvoiceTitleType.Personal, "付阿福", null, "afu@example.com", "电子发票", CancellationToken.None);

        await Assert.ThrowsAsync<CaseDraftException>(() => actions.WithdrawCaseAsync(new BuyerTurn("橙子不酸", "conv-later"), invoice.Id, "买家不要了", CancellationToken.None));
        var withdrawn = await actions.WithdrawCaseAsync(new BuyerTurn(Buyer, "conv-later"), invoice.Id, "买家不要开发票了，撤回", CancellationToken.None);

        Assert.Equal(CaseStatus.Cancelled, withdrawn.Status);
    }

    [Fact]
    public async Task Another_buyers_order_number_opens_no_case()
    {
        var actions = _harness.Get<IAfterSalesActions>();

        await Assert.ThrowsAsync<CaseDraftException>(() => actions.RequestRefundAsync(new BuyerTurn("一只小兔叽", "conv-2"), OwnOrder, "不想要了", CancellationToken.None));

        Assert.Empty(await _harness.Get<ICaseStore>().ListAsync(new CaseQuery { BuyerId = "一只小兔叽" }));
        Assert.Empty(await _harness.Get<ICaseStore>().ListAsync(new CaseQuery { BuyerId = Buyer }));
    }

    [Fact]
    public async Task A_kernel_not_scoped_to_a_buyer_refuses_to_read_orders()
    {
        var kernel = _harness.Get<Microsoft.SemanticKernel.Kernel>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => kernel.InvokeAsync(KernelNames.Orders, KernelNames.ListOrders));
    }

    [Fact]
    public async Task Listing_orders_shows_only_the_buyers_own_orders()
    {
        var kernel = new BuyerTurn(Buyer, "conv-3").Scope(_harness.Get<Microsoft.SemanticKernel.Kernel>());

        var listed = (await kernel.InvokeAsync(KernelNames.Orders, KernelNames.ListOrders)).GetValue<string>()!;

        var orders = _harness.Get<ShopBot.Knowledge.Orders.IOrderLookup>();
        Assert.Contains(OwnOrder, listed);
        Assert.DoesNotContain(orders.OrdersOf("一只小兔叽")[0].OrderNumber, listed);
        Assert.All(orders.OrdersOf(Buyer), o => Assert.DoesNotContain(o.Phone ?? "no phone", listed));
    }

    public void Dispose() => _harness.Dispose();
}
