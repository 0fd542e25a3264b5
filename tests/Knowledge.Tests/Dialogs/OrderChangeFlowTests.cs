using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class OrderChangeFlowTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Fact]
    public async Task A_paid_unshipped_order_past_its_promise_records_the_size_from_and_to_and_no_urgent_note()
    {
        var buyer = harness.Start("小王爱购物");

        var outcome = await buyer.SayAsync("孩子长太快了 羽绒服120的换成130");

        Assert.Equal("order_change.recorded", outcome.Replies.Single().TemplateId);
        Assert.Null(outcome.FlowNeedsPerson);
        var change = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(CaseKind.OrderChange, change.Kind);
        Assert.Equal("361102558843307712", change.OrderNumber);
        Assert.Equal("改尺码", change.Reason);
        Assert.Equal("尺码从120cm改成130cm（商品：儿童连帽羽绒服 红色 120cm）", change.Description);
    }

    [Fact]
    public async Task A_shipped_order_cannot_change_courier_and_nothing_is_recorded()
    {
        var buyer = harness.Start("快乐的胖虎");

        var outcome = await buyer.SayAsync("保温杯能换顺丰吗");

        Assert.Equal("order_change.shipped_courier", outcome.Replies.Single().TemplateId);
        Assert.Contains("YT7510411873062", outcome.Replies.Single().Text, StringComparison.Ordinal);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task The_colour_wanted_never_names_an_order_and_the_order_is_asked_for()
    {
        var buyer = harness.Start("tb_lily88");

        var asked = await buyer.SayAsync("能换成白色的吗");
        var picked = await buyer.SayAsync("四件套");

        Assert.Contains(asked.Replies, r => r.TemplateId == "orders.several" && !r.Text.Contains("台灯", StringComparison.Ordinal));
        Assert.Equal("order_change.recorded", picked.Replies.Single().TemplateId);
        var change = Assert.Single(await buyer.CasesAsync(), c => c.Kind == CaseKind.OrderChange);
        Assert.Equal("颜色从雾霾灰改成白色（商品：加厚珊瑚绒四件套 1.8m床 雾霾灰）", change.Description);
    }

    [Fact]
    public async Task A_courier_named_before_shipping_is_recorded_for_a_colleague_to_confirm_without_calling_a_person()
    {
        await harness.CloseOpenCasesAsync();
        var buyer = harness.Start("阿福的杂货铺");

        var outcome = await buyer.SayAsync("能发EMS吗 我们这边只有邮政能到");

        Assert.Equal("order_change.recorded_courier", outcome.Replies.Single().TemplateId);
        Assert.Null(outcome.FlowNeedsPerson);
        var change = Assert.Single(await buyer.CasesAsync());
        Assert.Equal("改发EMS（商品：羊毛混纺中筒袜 五双装 均码）", change.Description);
    }

    [Fact]
    public async Task Fewer_pieces_of_a_paid_unshipped_order_are_recorded_for_a_colleague_with_no_refund_promised()
    {
        await harness.CloseOpenCasesAsync();
        var buyer = harness.Start("阿福的杂货铺");

        var outcome = await buyer.SayAsync("袜子4包取消2包 其余照发");
        var corrected = await buyer.SayAsync("不对 是少发一包");

        Assert.Equal("order_change.fewer_recorded", outcome.Replies.Single().TemplateId);
        Assert.Equal("order_change.fewer_corrected", corrected.Replies.Single().TemplateId);
        var cases = await buyer.CasesAsync();
        var open = Assert.Single(cases, c => c.Status == CaseStatus.Open);
        Assert.Equal("减少数量", open.Reason);
        Assert.Equal(0m, open.Refund);
        Assert.Contains("按订单单价算49.90元", open.Description, StringComparison.Ordinal);
        Assert.Contains(cases, c => c.Status == CaseStatus.Cancelled && c.Description!.Contains("少发2包", StringComparison.Ordinal) && c.Refund == 0m);
    }

    [Fact]
    public async Task More_pieces_of_a_paid_order_are_a_second_order_and_nothing_is_recorded()
    {
        var buyer = harness.Start("momo_2019");

        var outcome = await buyer.SayAsync("枕套改成3套");

        Assert.Equal("order_change.more_reorder", outcome.Replies.Single().TemplateId);
        Assert.DoesNotContain(await buyer.CasesAsync(), c => c.Kind == CaseKind.OrderChange && c.Status == CaseStatus.Open);
    }

    [Theory]
    [InlineData("羽绒服能改成130的吗", OrderChangeKind.Size, null, "130cm")]
    [InlineData("120的换成130", OrderChangeKind.Size, "120cm", "130cm")]
    [InlineData("t恤换成xxl的", OrderChangeKind.Size, null, "XXL")]
    [InlineData("换大一码", OrderChangeKind.Size, null, "大一码")]
    [InlineData("羽绒服能换个码吗 120怕小了 换130", OrderChangeKind.Size, "120cm", "130cm")]
    [InlineData("还没发的话换130", OrderChangeKind.Size, null, "130cm")]
    [InlineData("白色换成黑色", OrderChangeKind.Colour, "白色", "黑色")]
    [InlineData("四件套能不能换成1 5m的", OrderChangeKind.Spec, null, "1.5m")]
    [InlineData("数量改成两件", OrderChangeKind.Quantity, null, "两件")]
    [InlineData("能发ems吗", OrderChangeKind.Courier, null, "EMS")]
    [InlineData("别发极兔 老丢件", OrderChangeKind.Courier, "极兔", null)]
    [InlineData("换个快递吧", OrderChangeKind.Courier, null, null)]
    public void A_change_is_read_with_what_it_changes_from_and_to(string text, OrderChangeKind kind, string? from, string? to)
    {
        var change = OrderChanges.Read(text);

        Assert.Equal(new OrderChange(kind, from, to), change);
    }

    [Theory]
    [InlineData("收到了小了 想换大一码")]
    [InlineData("颜色发错了 我要的是白色")]
    [InlineData("地址改成红星路8号")]
    [InlineData("算了 不换了")]
    [InlineData("换一个新的给我")]
    [InlineData("少发了一件")]
    public void Goods_received_a_wrong_item_an_address_or_a_change_taken_back_are_no_order_change(string text)
    {
        Assert.Null(OrderChanges.Read(text));
    }

    [Theory]
    [InlineData("羽绒服改成130的 不对 是140", OrderChangeKind.Size, null, "140cm")]
    [InlineData("羽绒服换成130的 不对 是150的", OrderChangeKind.Size, null, "150cm")]
    [InlineData("120的改成130 说错了 140", OrderChangeKind.Size, "120cm", "140cm")]
    [InlineData("换成白色的 不对 黑色", OrderChangeKind.Colour, null, "黑色")]
    [InlineData("改发圆通 不是 是顺丰", OrderChangeKind.Courier, null, "顺丰")]
    [InlineData("120改130 算了 还是140吧", OrderChangeKind.Size, "120cm", "140cm")]
    [InlineData("袜子4份改成2份 不对 改成3份吧", OrderChangeKind.Quantity, null, "3份")]
    [InlineData("袜子改成2份 算了 还是3份吧", OrderChangeKind.Quantity, null, "3份")]
    public void A_value_corrected_in_the_same_line_is_the_one_recorded(string text, OrderChangeKind kind, string? from, string? to)
    {
        Assert.Equal(new OrderChange(kind, from, to), OrderChanges.Read(text));
    }

    [Fact]
    public void A_line_is_read_once_however_many_checks_of_a_turn_ask()
    {
        var first = OrderChanges.Read("120的改成130");

        Assert.NotNull(first);
        Assert.Same(first, OrderChanges.Read("120的改成130"));
    }

    [Fact]
    public void Pieces_cut_and_corrected_in_the_same_line_are_the_pieces_said_last()
    {
        Assert.Equal(new QuantityCut(1, null, "份"), OrderChanges.Read("袜子4份取消2份 不对 取消1份")?.Cut);
    }

    [Theory]
    [InlineData("不对 我再量下…算了还是130", true)]
    [InlineData("嗯 想了想 还是要130的吧", true)]
    [InlineData("算了还是120吧", false)]
    [InlineData("还是按原来的吧", false)]
    [InlineData("算了 还是140吧", false)]
    public void The_new_value_said_again_keeps_the_change(string text, bool keeps)
    {
        Assert.Equal(keeps, OrderChanges.KeepsNewValue(text, new OrderChange(OrderChangeKind.Size, "120cm", "130cm")));
    }

    [Theory]
    [InlineData("算了不换了")]
    [InlineData("还是按原来的吧")]
    [InlineData("不用改了")]
    public void A_change_taken_back_is_read_as_such(string text)
    {
        Assert.True(OrderChanges.TakesBack(text));
    }
}
