using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class HurryFlowTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Fact]
    public async Task Within_the_promise_the_buyer_is_reassured_without_a_promised_date_and_a_hurry_note_is_recorded()
    {
        var buyer = harness.Start("阿福的杂货铺");

        var outcome = await buyer.SayAsync("亲，什么时候发货啊，急用");

        Assert.Equal("hurry", outcome.Intent);
        Assert.Contains("3617051183306682495", buyer.LastText);
        Assert.Null(outcome.FlowNeedsPerson);
        var note = Assert.Single(await buyer.CasesAsync(), c => c.Kind == CaseKind.HurryNote && c.OrderNumber == "3617051183306682495");
        Assert.Equal("买家催发货（急用）", note.Reason);
    }

    [Fact]
    public async Task Past_the_promise_the_buyer_gets_an_apology_an_urgent_note_and_the_refund_way_without_a_person()
    {
        var buyer = harness.Start("tb_chen_77");

        var outcome = await buyer.SayAsync("拍了五天了怎么还不发货");

        Assert.Null(outcome.FlowNeedsPerson);
        Assert.True(outcome.PastShippingPromise);
        Assert.Contains("抱歉", buyer.LastText);
        Assert.Contains("退款", buyer.LastText);
        Assert.Contains(await buyer.CasesAsync(), c => c.Kind == CaseKind.UrgentNote && c.OrderNumber == "3610778024561932210");
    }

    [Fact]
    public async Task A_second_hurry_on_the_same_order_in_a_later_chat_is_told_it_is_in_hand_and_opens_no_second_note()
    {
        var first = harness.Start("momo_2019");
        await first.SayAsync("枕套能快点发货吗");
        var later = harness.Start("momo_2019");

        await later.SayAsync("枕套快点发货啊，再催一下");

        Assert.Contains("登记过", later.LastText, StringComparison.Ordinal);
        Assert.Single(await harness.Cases.ListAsync(new CaseQuery { BuyerId = "momo_2019", OrderNumber = "3616398001154720389" }), c => c.Kind is CaseKind.HurryNote or CaseKind.UrgentNote);
    }

    [Fact]
    public async Task Past_the_promise_a_second_chat_writes_no_second_urgent_note_and_fetches_nobody()
    {
        await harness.Start("小王爱购物").SayAsync("羽绒服怎么还不发货");
        var later = harness.Start("小王爱购物");

        var outcome = await later.SayAsync("羽绒服到底什么时候发货");

        Assert.Null(outcome.FlowNeedsPerson);
        Assert.Single(await harness.Cases.ListAsync(new CaseQuery { BuyerId = "小王爱购物", OrderNumber = "361102558843307712" }), c => c.Kind == CaseKind.UrgentNote);
    }

    [Fact]
    public async Task An_order_already_shipped_is_answered_as_a_tracking_question()
    {
        var buyer = harness.Start("一只小兔叽");

        await buyer.SayAsync("快点发货好吗");

        Assert.Contains("SF1428566013728", buyer.LastText);
        Assert.Empty(await buyer.CasesAsync());
    }
}
