using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>
/// Product, pre-sale and payment questions answered as asked: a product detail or a worry is no complaint, a new
/// order's shipping is no note on an order placed, a discount missed on a paid order is the refund-and-order-again
/// route, a failing payment is the order waiting for payment, a bulk price or a special VAT invoice goes to a person.
/// </summary>
public sealed class ListenPreSaleTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Fact]
    public async Task A_product_detail_the_title_does_not_give_is_left_to_the_product_page_without_a_photo_request()
    {
        var buyer = harness.Start("momo_2019", "detail");

        await buyer.SayAsync("被套是拉链的还是系带的");

        Assert.Equal("presale.product_detail", buyer.Last.Replies.Single().TemplateId);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task A_broken_zip_stays_a_quality_problem()
    {
        var buyer = harness.Start("momo_2019", "zip");

        await buyer.SayAsync("四件套被套的拉链坏了 拉不上");

        Assert.DoesNotContain(buyer.Last.Replies, r => r.TemplateId.StartsWith("presale.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_worry_about_yellowing_after_the_washing_was_told_is_answered_as_a_worry()
    {
        var buyer = harness.Start("一只小兔叽", "worry");

        await buyer.SayAsync("帆布包脏了能水洗吗");
        await buyer.SayAsync("浅色的怕洗黄");

        Assert.Equal("care.worry_yellow", buyer.Last.Replies.Single().TemplateId);
        await buyer.SayAsync("会不会缩水啊");
        Assert.Equal("care.worry_shrink", buyer.Last.Replies.Single().TemplateId);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task Shipping_of_an_order_not_placed_yet_is_the_promise_and_writes_no_note_on_an_overdue_order()
    {
        var buyer = harness.Start("江南烟雨x", "ship-new");

        var outcome = await buyer.SayAsync("那我现在拍 今天能发不");

        Assert.Equal("presale.ship_new", buyer.Last.Replies.Single().TemplateId);
        Assert.Null(outcome.FlowNeedsPerson);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task A_threshold_missed_on_a_paid_order_is_refunded_and_ordered_again_and_the_refund_recorded_for_the_price()
    {
        var buyer = harness.Start("阿福的杂货铺", "threshold");

        await buyer.SayAsync("刚拍的袜子 看见店铺满200减20 我差4毛钱没凑上");
        Assert.Equal("presale.coupon_missed_unshipped", buyer.Last.Replies.Single().TemplateId);
        await buyer.SayAsync("能不能给我改个价 或者退个差价");
        Assert.Equal("presale.coupon_no_reprice", buyer.Last.Replies.Single().TemplateId);
        await buyer.SayAsync("不行我就取消重拍了");

        var refund = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(CaseKind.RefundRequest, refund.Kind);
        Assert.Equal("3617051183306682495", refund.OrderNumber);
    }

    [Fact]
    public async Task Blaming_the_link_for_a_failed_payment_names_the_order_waiting_for_payment()
    {
        var buyer = harness.Start("tb_lily88", "link");

        await buyer.SayAsync("付款老是失败 是不是你们链接有问题");

        Assert.Equal("presale.payment_unpaid_order", buyer.Last.Replies.Single().TemplateId);
        Assert.Contains("3617004582210093348", buyer.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("袜子你们能批发吗 我开小卖部的", BulkOrSpecialInvoice.WholesaleReason)]
    [InlineData("一次拿100双袜子啥价", BulkOrSpecialInvoice.WholesaleReason)]
    [InlineData("能开增值税专用发票吗", BulkOrSpecialInvoice.SpecialInvoiceReason)]
    public async Task A_bulk_price_or_a_special_invoice_goes_to_a_person(string line, string reason)
    {
        var buyer = harness.Start("阿福的杂货铺", reason + line.Length);

        var outcome = await buyer.SayAsync(line);

        Assert.Equal(reason, outcome.FlowNeedsPerson);
        Assert.Empty(await buyer.CasesAsync());
    }
}
