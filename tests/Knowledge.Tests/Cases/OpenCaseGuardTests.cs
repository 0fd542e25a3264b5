using Microsoft.Extensions.Logging.Abstractions;
using ShopBot.Knowledge.Cases;
using ShopBot.TestSupport;

namespace ShopBot.Knowledge.Tests.Cases;

public sealed class OpenCaseGuardTests
{
    private const string Buyer = "tb_lily88";
    private const string Order = "3615280417723305921";
    private readonly InMemoryCaseStore _store = new(new FixedTimeProvider(FixedTimeProvider.SampleNow), NullLogger<InMemoryCaseStore>.Instance);

    [Fact]
    public async Task A_second_refund_for_an_order_being_refunded_returns_the_open_one_and_opens_nothing()
    {
        var guard = new OpenCaseGuard(_store);

        var first = await guard.OpenAsync(CaseDraft.Refund(Buyer, "c1", Order, "不想要了") with { RefundAmount = 239m });
        var second = await guard.OpenAsync(CaseDraft.Refund(Buyer, "c2", Order, "拍错了") with { RefundAmount = 239m });

        Assert.Equal(first.Id, second.Id);
        var refunds = await _store.ListAsync(new CaseQuery { Kind = CaseKind.RefundRequest });
        Assert.Single(refunds);
        Assert.Equal("不想要了", refunds[0].Reason);
    }

    [Fact]
    public async Task A_second_address_change_supersedes_the_first_so_one_stays_open()
    {
        var guard = new OpenCaseGuard(_store);

        var first = await guard.OpenAsync(new CaseDraft(CaseKind.AddressChange, Buyer, "c1", Order) { Description = "新地址：陈橙 浙江省杭州市西湖区文三路1号" });
        var second = await guard.OpenAsync(new CaseDraft(CaseKind.AddressChange, Buyer, "c1", Order) { Description = "新地址：陈橙 上海市浦东新区世纪大道100号" });

        Assert.NotEqual(first.Id, second.Id);
        var open = await _store.ListAsync(new CaseQuery { Kind = CaseKind.AddressChange, Status = CaseStatus.Open });
        Assert.Equal(second.Id, Assert.Single(open).Id);
        Assert.Equal(CaseStatus.Cancelled, (await _store.GetAsync(first.Id))?.Status);
    }

    [Fact]
    public async Task An_invoice_asked_again_with_the_same_fields_is_the_one_on_record_and_a_changed_field_replaces_it()
    {
        var guard = new OpenCaseGuard(_store);
        var invoice = CaseDraft.Invoice(Buyer, "c1", Order, InvoiceTitleType.Company, "杭州青禾文化有限公司", "91330106MA2B3C4D5D", "qinghe@example.com", "电子发票");

        var first = await guard.OpenAsync(invoice);
        var again = await guard.OpenAsync(invoice with { ConversationId = "c2", Description = "电子发票；更正：替换原申请" });
        var corrected = await guard.OpenAsync(invoice with { ConversationId = "c2", Email = "caiwu@example.com" });

        Assert.Equal(first.Id, again.Id);
        var open = await _store.ListAsync(new CaseQuery { Kind = CaseKind.InvoiceRequest, Status = CaseStatus.Open });
        Assert.Equal(("caiwu@example.com", corrected.Id), (Assert.Single(open).Email, open[0].Id));
        Assert.Equal(CaseStatus.Cancelled, (await _store.GetAsync(first.Id))?.Status);
    }

    [Fact]
    public async Task A_second_courier_follow_up_on_the_order_returns_the_open_one()
    {
        var guard = new OpenCaseGuard(_store);

        var first = await guard.OpenAsync(new CaseDraft(CaseKind.LogisticsFollowUp, Buyer, "c1", Order) { Description = "已发货仍没有运单号，请同事向快递核实" });
        var again = await guard.OpenAsync(new CaseDraft(CaseKind.LogisticsFollowUp, Buyer, "c1", Order) { Description = "买家再次询问，请同事向快递核实运单号" });

        Assert.Equal(first.Id, again.Id);
        Assert.Single(await _store.ListAsync(new CaseQuery { Kind = CaseKind.LogisticsFollowUp }));
    }

    [Fact]
    public async Task Cases_on_other_orders_of_other_kinds_or_already_closed_do_not_stop_a_new_one()
    {
        var guard = new OpenCaseGuard(_store);
        var closed = await guard.OpenAsync(CaseDraft.Refund(Buyer, "c1", Order, "不想要了"));
        await _store.ResolveAsync(closed.Id, new CaseResolution("bot", Cancelled: true));

        var again = await guard.OpenAsync(CaseDraft.Refund(Buyer, "c1", Order, "不想要了"));
        var otherOrder = await guard.OpenAsync(CaseDraft.Refund(Buyer, "c1", "3615280417723305922", "不想要了"));
        var hurry = await guard.OpenAsync(CaseDraft.Hurry(Buyer, "c1", Order, pastPromise: false, note: null));
        var hurryAgain = await guard.OpenAsync(CaseDraft.Hurry(Buyer, "c1", Order, pastPromise: false, note: null));

        Assert.Equal(5, new[] { closed.Id, again.Id, otherOrder.Id, hurry.Id, hurryAgain.Id }.Distinct().Count());
    }
    [Fact]
    public async Task A_new_remedy_on_the_order_cancels_the_remedy_asked_before_even_from_an_earlier_chat()
    {
        var guard = new OpenCaseGuard(_store);
        var exchange = await guard.OpenAsync(CaseDraft.ReturnOrExchange(Buyer, "c1", Order, exchange: true, "破损：一个杯子凹了", []));

        var partRefund = await guard.OpenAsync(new CaseDraft(CaseKind.Compensation, Buyer, "c2", Order) { Description = "买家保留商品，要求部分退款" });

        Assert.Equal(CaseStatus.Cancelled, (await _store.GetAsync(exchange.Id))?.Status);
        var open = await _store.ListAsync(new CaseQuery { OrderNumber = Order, Status = CaseStatus.Open });
        Assert.Equal(partRefund.Id, Assert.Single(open).Id);
    }

    [Fact]
    public async Task A_lost_parcel_replaces_the_courier_chase_and_a_hurry_lifts_the_hold()
    {
        var guard = new OpenCaseGuard(_store);
        var chase = await guard.OpenAsync(new CaseDraft(CaseKind.LogisticsFollowUp, Buyer, "c1", Order) { Description = "物流多日没有更新" });
        var hold = await guard.OpenAsync(new CaseDraft(CaseKind.DelayShipment, Buyer, "c1", "3615280417723305922") { Description = "下周再发" });

        await guard.OpenAsync(new CaseDraft(CaseKind.LostParcel, Buyer, "c2", Order) { Description = "发出18天仍未签收" });
        await guard.OpenAsync(CaseDraft.Hurry(Buyer, "c2", "3615280417723305922", pastPromise: true));

        Assert.Equal(CaseStatus.Cancelled, (await _store.GetAsync(chase.Id))?.Status);
        Assert.Equal(CaseStatus.Cancelled, (await _store.GetAsync(hold.Id))?.Status);
    }

    [Fact]
    public async Task A_refund_of_the_order_closes_its_open_hurry_and_urgent_notes_and_no_other_orders()
    {
        var guard = new OpenCaseGuard(_store);
        var hurry = await guard.OpenAsync(CaseDraft.Hurry(Buyer, "c1", Order, pastPromise: false, note: "买家催发货（急用）"));
        var urgent = await guard.OpenAsync(CaseDraft.Hurry(Buyer, "c1", Order, pastPromise: true));
        var otherOrder = await guard.OpenAsync(CaseDraft.Hurry(Buyer, "c1", "3615280417723305922", pastPromise: false));

        await guard.OpenAsync(CaseDraft.Refund(Buyer, "c1", Order, "发货太慢"));

        Assert.Equal(CaseStatus.Cancelled, (await _store.GetAsync(hurry.Id))?.Status);
        Assert.Equal(CaseStatus.Cancelled, (await _store.GetAsync(urgent.Id))?.Status);
        Assert.Equal(CaseStatus.Open, (await _store.GetAsync(otherOrder.Id))?.Status);
    }

    [Fact]
    public async Task The_same_order_change_asked_again_returns_the_open_one_and_another_change_is_recorded_beside_it()
    {
        var guard = new OpenCaseGuard(_store);
        var size = new CaseDraft(CaseKind.OrderChange, Buyer, "c1", Order) { Reason = "改尺码", Description = "尺码从120cm改成130cm" };

        var first = await guard.OpenAsync(size);
        var again = await guard.OpenAsync(size with { ConversationId = "c2" });
        var colour = await guard.OpenAsync(new CaseDraft(CaseKind.OrderChange, Buyer, "c2", Order) { Reason = "改颜色", Description = "颜色从红色改成蓝色" });

        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, colour.Id);
        Assert.Equal(2, (await _store.ListAsync(new CaseQuery { Kind = CaseKind.OrderChange, Status = CaseStatus.Open })).Count);
    }
}
