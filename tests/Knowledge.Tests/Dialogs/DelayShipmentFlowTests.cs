using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class DelayShipmentFlowTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Fact]
    public async Task An_unshipped_order_gets_a_delay_note_and_words_that_fix_no_day_ask_for_one_with_no_person_to_wait_for()
    {
        var buyer = harness.Start("阿福的杂货铺");

        var outcome = await buyer.SayAsync("我下周出差，先别发货，过几天再发");

        Assert.Equal(IntentIds.DelayShipment, outcome.Intent);
        Assert.Equal("delay_shipment.noted_vague", outcome.Replies.Single().TemplateId);
        Assert.Null(outcome.FlowNeedsPerson);
        var note = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(CaseKind.DelayShipment, note.Kind);
        Assert.Equal("3617051183306682495", note.OrderNumber);
        Assert.Equal("买家要求延迟发货", note.Reason);
        Assert.Equal("买家希望推迟发货（过几天），还没定哪天，请同事和买家确认（买家出差不在家）", note.Description);
    }

    [Fact]
    public async Task A_day_given_after_the_hold_replaces_the_note_with_that_day()
    {
        var buyer = harness.Start("阿福的杂货铺");
        await buyer.SayAsync("先别发货，过几天再发");

        var outcome = await buyer.SayAsync("大概25号以后吧");

        Assert.Equal("delay_shipment.date_updated", outcome.Replies.Single().TemplateId);
        var cases = await buyer.CasesAsync();
        Assert.Equal(CaseStatus.Cancelled, cases.Single(c => c.Description!.Contains("过几天", StringComparison.Ordinal)).Status);
        Assert.Equal(CaseStatus.Open, cases.Single(c => c.Description == "买家希望推迟到11月25日（周三）以后再发货").Status);
    }

    [Fact]
    public async Task An_order_already_on_its_way_cannot_be_held_back_and_nothing_is_recorded()
    {
        var buyer = harness.Start("一只小兔叽");

        var outcome = await buyer.SayAsync("能不能晚几天再发货");

        Assert.Equal("delay_shipment.already_shipped", outcome.Replies.Single().TemplateId);
        Assert.Null(outcome.FlowNeedsPerson);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task A_whole_date_is_kept_with_its_day_not_only_its_month()
    {
        var buyer = harness.Start("江南烟雨x");

        var outcome = await buyer.SayAsync("餐具先别发，下个月3号以后再发吧");

        Assert.Null(outcome.FlowNeedsPerson);
        Assert.Contains(await buyer.CasesAsync(), c => c.Kind == CaseKind.DelayShipment && c.Description == "买家希望推迟到12月3日（周四）以后再发货");
    }

    [Fact]
    public async Task Traditional_characters_reach_the_same_flow()
    {
        var buyer = harness.Start("阿福的杂货铺");

        var outcome = await buyer.SayAsync("先別發貨，下週再寄吧");

        Assert.Equal(IntentIds.DelayShipment, outcome.Intent);
        Assert.Contains(await buyer.CasesAsync(), c => c.Kind == CaseKind.DelayShipment && c.Description == "买家希望推迟发货（下周），还没定哪天，请同事和买家确认");
    }
}
