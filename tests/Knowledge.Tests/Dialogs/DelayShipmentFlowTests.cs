using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class DelayShipmentFlowTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Fact]
    public async Task An_unshipped_order_gets_a_delay_note_with_the_time_named_and_no_person_to_wait_for()
    {
        var buyer = harness.Start("阿福的杂货铺");

        var outcome = await buyer.SayAsync("我下周出差，先别发货，过几天再发");

        Assert.Equal(IntentIds.DelayShipment, outcome.Intent);
        Assert.Equal("delay_shipment.noted", outcome.Replies.Single().TemplateId);
        Assert.Null(outcome.FlowNeedsPerson);
        var note = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(CaseKind.DelayShipment, note.Kind);
        Assert.Equal("3617051183306682495", note.OrderNumber);
        Assert.Equal("买家要求延迟发货", note.Reason);
        Assert.Equal("买家希望推迟发货，提到的时间：过几天", note.Description);
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
        Assert.Contains(await buyer.CasesAsync(), c => c.Kind == CaseKind.DelayShipment && c.Description == "买家希望推迟发货，提到的时间：下个月3号以后");
    }

    [Fact]
    public async Task Traditional_characters_reach_the_same_flow()
    {
        var buyer = harness.Start("阿福的杂货铺");

        var outcome = await buyer.SayAsync("先別發貨，下週再寄吧");

        Assert.Equal(IntentIds.DelayShipment, outcome.Intent);
        Assert.Contains(await buyer.CasesAsync(), c => c.Kind == CaseKind.DelayShipment && c.Description == "买家希望推迟发货，提到的时间：下周");
    }
}
