using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>The one-turn answers of the newer intents: what is said, and when a person is brought in.</summary>
public sealed class AnswerFlowsTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Theory]
    [InlineData("tb_lily88", "刚买完就降价了，能补差价吗", IntentIds.PriceProtection, "price_protection.explain", null)]
    [InlineData("tb_lily88", "我申请价保失败了，说不符合条件", IntentIds.PriceProtection, "price_protection.declined", IntentIds.PriceProtection)]
    [InlineData("tb_lily88", "这个书桌怎么安装啊", IntentIds.Installation, "installation.guide", null)]
    [InlineData("tb_lily88", "可以上门安装吗，师傅什么时候来", IntentIds.Installation, "installation.on_site", IntentIds.Installation)]
    [InlineData("tb_lily88", "保修多久", IntentIds.Repair, "repair.terms", null)]
    [InlineData("tb_lily88", "台灯用了半年不亮了，能保修吗", IntentIds.Repair, "repair.within_warranty", IntentIds.Repair)]
    [InlineData("tb_lily88", "过了保修期了，自费能修吗", IntentIds.Repair, "repair.out_of_warranty", IntentIds.Repair)]
    [InlineData("一只小兔叽", "你们默认发什么快递", IntentIds.CourierChoice, "courier_choice.default", null)]
    [InlineData("一只小兔叽", "从哪里发货的", IntentIds.CourierChoice, "courier_choice.ship_from", null)]
    [InlineData("一只小兔叽", "能发顺丰吗，我补运费", IntentIds.CourierChoice, "courier_choice.named", null)]
    public async Task Each_question_gets_its_answer_and_a_person_only_when_one_must_decide(string buyerId, string text, string intent, string template, string? person)
    {
        var buyer = harness.Start(buyerId);

        var outcome = await buyer.SayAsync(text);

        Assert.Equal(intent, outcome.Intent);
        Assert.Equal(template, outcome.Replies.Single().TemplateId);
        Assert.Equal(person, outcome.FlowNeedsPerson);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task A_courier_asked_for_an_order_waiting_to_ship_is_recorded_on_it_for_a_colleague_to_confirm_the_postage_without_a_live_person()
    {
        var buyer = harness.Start("阿福的杂货铺");

        var outcome = await buyer.SayAsync("能发顺丰吗，我补运费");

        Assert.Equal("order_change.recorded_courier", outcome.Replies.Single().TemplateId);
        Assert.Null(outcome.FlowNeedsPerson);
        var change = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(CaseKind.OrderChange, change.Kind);
        Assert.Contains("顺丰", change.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_price_protection_answer_promises_no_refund_of_the_difference()
    {
        var buyer = harness.Start("tb_lily88");

        await buyer.SayAsync("降價了能補差價嗎");

        Assert.Contains("平台", buyer.LastText);
        Assert.DoesNotContain("一定", buyer.LastText);
        Assert.DoesNotContain("保证", buyer.LastText);
    }

    [Theory]
    [InlineData("台灯怎门调亮度啊 摸了半天只有一个档", true)]
    [InlineData("台灯到了 定时功能怎么设置啊", true)]
    [InlineData("哦还有 能不能定时关", true)]
    [InlineData("这个怎么连蓝牙", true)]
    [InlineData("加湿器怎么加水", true)]
    [InlineData("台灯不亮了", false)]
    [InlineData("台灯什么时候到", false)]
    public void A_question_how_to_use_the_goods_is_told(string said, bool howTo) =>
        Assert.Equal(howTo, AnswerFlows.AsksHowToUse(said));
}
