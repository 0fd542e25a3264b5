using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>Changes, holds and remedies the buyer takes back, in the same chat or a later one, and the records that stay.</summary>
public sealed class ReversalTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Theory]
    [InlineData("还是按原来的发吧", true)]
    [InlineData("衣服不用换140了 就要原来那个", true)]
    [InlineData("之前改颜色的申请撤掉吧", true)]
    [InlineData("不改尺码了", true)]
    [InlineData("羽绒服改成130的", false)]
    [InlineData("能换成蓝色的吗", false)]
    public void Taking_back_a_change_is_told_from_asking_for_one(string text, bool takesBack) =>
        Assert.Equal(takesBack, Reversal.TakesBackChange(text));

    [Theory]
    [InlineData("不用等了 现在发吧", true)]
    [InlineData("我到家了 可以发了", true)]
    [InlineData("先别发 晚点发", false)]
    [InlineData("什么时候发货", false)]
    public void Lifting_a_hold_is_told_from_asking_for_one(string text, bool lifts) =>
        Assert.Equal(lifts, HoldLifted.Lifts(text));

    [Theory]
    [InlineData("要是压不了那就算了 正常发吧", true)]
    [InlineData("要是仓库押不住的话也没关系 照常发就行", true)]
    [InlineData("压不了的话就正常发", true)]
    [InlineData("不用等了 现在正常发吧", false)]
    [InlineData("留不住就算了 不要了", false)]
    public void Shipping_as_usual_only_if_the_hold_cannot_be_kept_is_told_from_lifting_it(string text, bool onlyIfNotHeld) =>
        Assert.Equal(onlyIfNotHeld, HoldLifted.ShipsIfNotHeld(text));

    [Fact]
    public async Task A_size_change_taken_back_in_a_later_chat_is_withdrawn_and_the_status_question_before_records_nothing()
    {
        await harness.CloseOpenCasesAsync();
        var first = harness.Start("橙子不酸");
        await first.SayAsync("羽绒服改成130的");
        var change = Assert.Single(await first.CasesAsync(), c => c.Kind == CaseKind.OrderChange);

        var asks = harness.Start("橙子不酸");
        await asks.SayAsync("上次羽绒服改130 弄好了吗");
        Assert.Empty(await asks.CasesAsync());

        var back = harness.Start("橙子不酸");
        await back.SayAsync("羽绒服不用换130了 还是按原来的发吧");

        Assert.Equal(CaseStatus.Cancelled, (await harness.Cases.GetAsync(change.Id))?.Status);
        Assert.StartsWith("order_change.withdrawn", back.Last.Replies.Single().TemplateId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hold_from_an_earlier_chat_is_lifted_when_the_buyer_says_ship_now()
    {
        await harness.CloseOpenCasesAsync();
        var first = harness.Start("江南烟雨x");
        await first.SayAsync("餐具先别发 月底再发");
        var hold = Assert.Single(await first.CasesAsync(), c => c.Kind == CaseKind.DelayShipment);

        var later = harness.Start("江南烟雨x");
        await later.SayAsync("不用等月底了 餐具现在就发吧");

        Assert.Equal(CaseStatus.Cancelled, (await harness.Cases.GetAsync(hold.Id))?.Status);
        Assert.Contains(later.Last.Replies, r => r.TemplateId == "delay_shipment.lifted");
    }

    [Fact]
    public async Task Compensation_asked_instead_of_a_return_is_recorded_as_compensation()
    {
        await harness.CloseOpenCasesAsync();
        var buyer = harness.Start("快乐的胖虎");
        await buyer.SayAsync("四件套的枕套边上脱线了");
        await buyer.SayAsync("退货太折腾了 不退 给点补偿吧");
        await buyer.SayAsync("10块吧");

        var opened = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(CaseKind.Compensation, opened.Kind);
        Assert.Contains("开线", opened.Description, StringComparison.Ordinal);
    }
    [Fact]
    public async Task A_refund_taken_back_with_ship_as_usual_is_one_need_answered_once()
    {
        await harness.CloseOpenCasesAsync();
        var buyer = harness.Start("tb_lily88");

        await buyer.SayAsync("台灯那笔退款我按错了 还想要的 能撤回吗 照常发货");

        Assert.DoesNotContain("另外", buyer.LastText, StringComparison.Ordinal);
        Assert.Contains("撤销", buyer.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("那能补多少", true)]
    [InlineData("赔几块", true)]
    [InlineData("补偿20可以吗", false)]
    [InlineData("多少钱", false)]
    public void The_sum_of_a_compensation_asked_is_told_from_a_sum_named(string text, bool asks) =>
        Assert.Equal(asks, Reversal.AsksCompensationSum(text));
}
