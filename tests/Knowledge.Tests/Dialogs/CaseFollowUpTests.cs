using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class CaseFollowUpTests
{
    [Theory]
    [InlineData("之前申请换货的怎么样了", CaseKind.Exchange)]
    [InlineData("上次说给我补发的呢怎么还没到", CaseKind.Reship)]
    [InlineData("退货处理得怎么样了", CaseKind.Return)]
    [InlineData("前几天说的维修有结果了吗", CaseKind.Repair)]
    [InlineData("退款到哪一步了", CaseKind.RefundRequest)]
    [InlineData("钱退了吗", CaseKind.RefundRequest)]
    [InlineData("我上次申请的退款呢", CaseKind.RefundRequest)]
    [InlineData("我申请退款了想问问到哪一步了", CaseKind.RefundRequest)]
    [InlineData("换的货发了没", CaseKind.Exchange)]
    [InlineData("寄回去的收到了吗", CaseKind.Return)]
    [InlineData("上次说快递丢了那个处理得怎么样了", CaseKind.LostParcel)]
    [InlineData("发票开了没", CaseKind.InvoiceRequest)]
    [InlineData("地址修改好了吗", CaseKind.AddressChange)]
    public void A_follow_up_on_an_earlier_case_names_its_kind_first(string text, CaseKind kind) =>
        Assert.Equal(kind, CaseFollowUp.Asked(text)![0]);

    [Fact]
    public void A_question_about_the_money_looks_at_refunds_and_returns_and_one_about_the_parcel_sent_back_at_every_kind_sent_back()
    {
        Assert.Equal([CaseKind.RefundRequest, CaseKind.Return], CaseFollowUp.Asked("钱退了吗"));
        Assert.Equal([CaseKind.Return, CaseKind.Exchange, CaseKind.Repair], CaseFollowUp.Asked("寄回去的收到了吗"));
    }

    [Theory]
    [InlineData("保温杯盖子裂了给我换个新的")]
    [InlineData("换货怎么弄")]
    [InlineData("能补发一个吗")]
    [InlineData("我要退款")]
    [InlineData("帮我申请退货")]
    [InlineData("能退货吗")]
    [InlineData("退货地址在哪")]
    [InlineData("发票能开公司抬头吗")]
    public void A_new_request_or_a_general_question_is_no_follow_up(string text) =>
        Assert.Null(CaseFollowUp.Asked(text));

    [Theory]
    [InlineData(CaseKind.Return, CaseStatus.Open, "78312345678901", 0, "return_parcel_on_way")]
    [InlineData(CaseKind.Return, CaseStatus.Open, null, 0, "return_open_photos")]
    [InlineData(CaseKind.Return, CaseStatus.Open, null, 1, "return_open")]
    [InlineData(CaseKind.Exchange, CaseStatus.Open, "SF1234567890", 1, "exchange_parcel_on_way")]
    [InlineData(CaseKind.Exchange, CaseStatus.Open, null, 0, "exchange_open_photos")]
    [InlineData(CaseKind.RefundRequest, CaseStatus.Open, null, 0, "refund_open")]
    [InlineData(CaseKind.RefundRequest, CaseStatus.Resolved, null, 0, "refund_done")]
    [InlineData(CaseKind.LostParcel, CaseStatus.Open, null, 0, "lost_open")]
    [InlineData(CaseKind.AddressChange, CaseStatus.Open, null, 0, "address_open")]
    public void Where_a_case_stands_follows_its_kind_status_photos_and_return_parcel(CaseKind kind, CaseStatus status, string? returnNumber, int photos, string situation)
    {
        var record = Case(kind, status) with { ReturnTrackingNumber = returnNumber, PhotoUrls = [.. Enumerable.Repeat("https://img.example/1.jpg", photos)] };

        Assert.Equal(situation, CaseFollowUp.Situation(record, Order(OrderStatus.AwaitingShipment)));
    }

    [Fact]
    public void A_paper_invoice_a_rejected_case_and_an_address_change_on_a_shipped_order_are_told_as_they_are()
    {
        Assert.Equal("invoice_open_paper", CaseFollowUp.Situation(Case(CaseKind.InvoiceRequest, CaseStatus.Open), Order(OrderStatus.Shipped)));
        Assert.Equal("invoice_open", CaseFollowUp.Situation(Case(CaseKind.InvoiceRequest, CaseStatus.Open) with { Email = "a@qq.com" }, Order(OrderStatus.Shipped)));
        Assert.Equal("resolved_rejected", CaseFollowUp.Situation(Case(CaseKind.Return, CaseStatus.Resolved) with { Outcome = CaseOutcome.Rejected }, Order(OrderStatus.Shipped)));
        Assert.Equal("address_shipped", CaseFollowUp.Situation(Case(CaseKind.AddressChange, CaseStatus.Open), Order(OrderStatus.Shipped)));
    }

    private static CaseRecord Case(CaseKind kind, CaseStatus status) => new()
    {
        Id = "AS20261122-00001",
        Kind = kind,
        Status = status,
        BuyerId = "tb_lily88",
        OrderNumber = "3615280417723305921",
        CreatedAt = FixedTimeProvider.SampleNow,
        UpdatedAt = FixedTimeProvider.SampleNow,
    };

    private static Order Order(OrderStatus status) => new()
    {
        OrderNumber = "3615280417723305921",
        BuyerId = "tb_lily88",
        Status = status,
        CreatedAt = FixedTimeProvider.SampleNow,
    };
}
