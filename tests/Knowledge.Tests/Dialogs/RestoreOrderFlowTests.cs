using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class RestoreOrderFlowTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Fact]
    public async Task A_cancelled_unpaid_order_cannot_be_restored_and_the_buyer_is_asked_to_order_again()
    {
        var buyer = harness.Start("小王爱购物");

        var outcome = await buyer.SayAsync("不小心把订单取消了，能恢复吗");

        Assert.Equal(IntentIds.RestoreOrder, outcome.Intent);
        Assert.Equal("restore_order.order_again", outcome.Replies.Single().TemplateId);
        Assert.Contains("360755102946381970", buyer.LastText);
        Assert.Contains("重新", buyer.LastText);
        Assert.Null(outcome.FlowNeedsPerson);
    }

    [Fact]
    public async Task A_cancelled_order_refunded_in_full_is_not_restored_and_needs_no_person_to_check_the_money()
    {
        var buyer = harness.Start("momo_2019");

        var outcome = await buyer.SayAsync("订单被取消了，还能恢复吗");

        Assert.Equal("restore_order.refunded", outcome.Replies.Single().TemplateId);
        Assert.Contains("328.00", buyer.LastText);
        Assert.Null(outcome.FlowNeedsPerson);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task An_order_that_was_never_cancelled_is_said_to_be_still_open()
    {
        var buyer = harness.Start("阿福的杂货铺");

        var outcome = await buyer.SayAsync("3617051183306682495 这个订单取消了能恢复吗");

        Assert.Equal("restore_order.still_open", outcome.Replies.Single().TemplateId);
        Assert.Null(outcome.FlowNeedsPerson);
    }
}
