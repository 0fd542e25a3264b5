using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class RefundUnshippedFlowTests(DialogHarness harness) : IClassFixture<DialogHarness>, IAsyncLifetime
{
    public Task InitializeAsync() => harness.CloseOpenCasesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_reason_is_asked_one_retention_offer_is_made_then_the_refund_is_recorded()
    {
        var buyer = harness.Start("阿福的杂货铺");

        await buyer.SayAsync("还没发货的话帮我取消订单吧");
        Assert.Equal("ask_reason", buyer.State.Step);

        await buyer.SayAsync("不想要了");
        Assert.Equal("refund_unshipped.retain_changed_mind", buyer.Last.Replies.Single().TemplateId);
        Assert.Empty(await buyer.CasesAsync());

        await buyer.SayAsync("还是要退款");

        Assert.Equal("refund_unshipped.refund_requested", buyer.Last.Replies.Single().TemplateId);
        var refund = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(CaseKind.RefundRequest, refund.Kind);
        Assert.Equal("不想要了", refund.Reason);
        Assert.Null(buyer.State.ActiveFlow);
    }

    [Fact]
    public async Task A_reason_given_up_front_gets_the_offer_that_fits_it_and_the_buyer_may_keep_the_order()
    {
        var buyer = harness.Start("阿福的杂货铺");

        await buyer.SayAsync("拍错颜色了，取消订单");
        Assert.Equal("refund_unshipped.retain_wrong_item", buyer.Last.Replies.Single().TemplateId);

        await buyer.SayAsync("那不退了，帮我改成灰色");

        // Kept, and changed: the new colour goes to the warehouse as a change to the order.
        Assert.Equal("order_change.recorded", buyer.Last.Replies.Single().TemplateId);
        var cases = await buyer.CasesAsync();
        Assert.DoesNotContain(cases, c => c.Kind == CaseKind.RefundRequest);
        Assert.Contains(cases, c => c.Kind == CaseKind.OrderChange && c.Description?.Contains("灰色", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_shipped_order_asked_to_cancel_gets_a_refund_before_receipt_recorded()
    {
        var buyer = harness.Start("一只小兔叽");

        await buyer.SayAsync("我要取消订单");

        Assert.Equal("refund_unshipped.shipped_refund_only", buyer.Last.Replies.Single().TemplateId);
        Assert.Contains("仅退款", buyer.LastText, StringComparison.Ordinal);
        Assert.Contains(await buyer.CasesAsync(), c => c.Kind == CaseKind.RefundRequest && c.OrderNumber == "3614900233781205627");
    }

    [Fact]
    public async Task A_shipped_order_only_asked_about_is_told_how_to_refuse_delivery_or_return()
    {
        var buyer = harness.Start("一只小兔叽");

        await buyer.SayAsync("我要取消订单 还能取消吗？");

        Assert.Equal("refund_unshipped.already_shipped", buyer.Last.Replies.Single().TemplateId);
        Assert.DoesNotContain(await buyer.CasesAsync(), c => c.Kind == CaseKind.RefundRequest);
    }

    [Fact]
    public async Task An_order_with_a_refund_under_way_is_told_so()
    {
        var buyer = harness.Start("tb_lily88");

        await buyer.SayAsync("3614452290037716845 申请退款");

        Assert.Equal("refund_unshipped.already_refunding", buyer.Last.Replies.Single().TemplateId);
    }

    [Fact]
    public async Task A_closed_order_never_paid_is_told_nothing_was_taken_so_nothing_is_refunded()
    {
        var buyer = harness.Start("小王爱购物");

        await buyer.SayAsync("取消订单360755102946381970");

        Assert.Equal("asides.never_paid", buyer.Last.Replies.Single().TemplateId);
    }
}
