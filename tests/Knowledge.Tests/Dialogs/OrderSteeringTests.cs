using Microsoft.Extensions.DependencyInjection;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>A need that does not fit the order's state stays on the order the buyer means, with a person where one is needed.</summary>
public sealed class OrderSteeringTests : IDisposable
{
    private readonly DialogHarness _harness = new();

    [Fact]
    public async Task An_impatient_follow_up_on_a_waiting_refund_goes_to_a_person_on_that_order()
    {
        var chat = _harness.Start("tb_lily88");
        await chat.SayAsync("台灯的退款怎么样了");
        var outcome = await chat.SayAsync("都十多天了");

        Assert.Equal(RefundStanding.OverdueReason, outcome.FlowNeedsPerson);
        Assert.Contains("3614452290037716845", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("3615280417723305922", chat.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("退款怎么给我关了")]
    [InlineData("台灯退款被拒了 凭什么")]
    [InlineData("台灯那个退款我不认可")]
    public async Task A_closed_refund_the_buyer_disputes_goes_to_a_person(string line)
    {
        var chat = _harness.Start("阿福的杂货铺");
        var outcome = await chat.SayAsync(line);

        Assert.Equal(RefundStanding.DisputeReason, outcome.FlowNeedsPerson);
        Assert.Contains("3599014460027713386", chat.LastText, StringComparison.Ordinal);
        Assert.Empty(await chat.CasesAsync());
    }

    [Theory]
    [InlineData("tb_lily88", "我付了两次钱 扣了两遍")]
    [InlineData("小王爱购物", "钱扣了但是没有看到订单")]
    [InlineData("江南烟雨x", "袜子那单我已经付了 怎么还显示待付款")]
    [InlineData("tb_chen_77", "支付宝扣钱了 订单却显示未付款")]
    public async Task Money_taken_that_the_orders_do_not_show_goes_to_a_person(string buyer, string line)
    {
        var chat = _harness.Start(buyer);
        var outcome = await chat.SayAsync(line);

        Assert.Equal(MoneyTaken.PersonReason, outcome.FlowNeedsPerson);
        Assert.DoesNotContain("没有扣过", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Money_said_taken_on_an_order_closed_unpaid_is_answered_from_the_order_first()
    {
        var chat = _harness.Start("橙子不酸");
        var outcome = await chat.SayAsync("枕套那单我付款了 钱也扣了 怎么显示交易关闭");

        Assert.Null(outcome.FlowNeedsPerson);
        Assert.Contains("付款时限", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("截图", chat.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("我付款了 怎么还没发货")]
    [InlineData("付了两次都失败了")]
    [InlineData("退款成功了钱没到")]
    [InlineData("我忘付款了 订单怎么没了")]
    public async Task Payments_the_orders_can_answer_stay_with_the_bot(string line)
    {
        var chat = _harness.Start("tb_lily88");
        var outcome = await chat.SayAsync(line);

        Assert.NotEqual(MoneyTaken.PersonReason, outcome.FlowNeedsPerson);
    }

    [Theory]
    [InlineData("江南烟雨x", "浴巾到哪了 此外餐具也催一下", IntentIds.Hurry)]
    [InlineData("小王爱购物", "羽绒服到哪了 还有浴巾也帮我查下", IntentIds.Track)]
    public void A_second_part_that_names_an_order_and_asks_one_action_is_a_need_of_its_own(string buyer, string line, string second)
    {
        var two = _harness.Services.GetRequiredService<NeedSplitter>().Split(line, buyer);

        Assert.NotNull(two);
        Assert.Equal(second, two.Second.Intent);
    }

    [Theory]
    [InlineData("上周说给我开的发票呢 到现在没收到")]
    [InlineData("之前说好的发票 怎么还没收到")]
    public void Not_received_after_an_invoice_is_that_invoice_never_a_parcel_to_track(string line)
    {
        var two = _harness.Services.GetRequiredService<NeedSplitter>().Split(line, "小王爱购物");

        Assert.Null(two);
    }

    [Fact]
    public async Task An_invoice_said_to_be_asked_for_before_with_none_on_record_is_checked_by_a_colleague()
    {
        var chat = _harness.Start("小王爱购物");
        var outcome = await chat.SayAsync("上周说给我开发票 开了没 查下");

        Assert.Equal(InvoiceFlow.StatusCheck, outcome.FlowNeedsPerson);
        Assert.DoesNotContain("第几笔", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusing_a_refund_while_another_order_is_in_play_says_nothing_of_the_refund_under_way()
    {
        var chat = _harness.Start("江南烟雨x");
        await chat.SayAsync("餐具不想要了");
        var outcome = await chat.SayAsync("不是要退款啦 是问问能不能晚几天发");

        Assert.Null(outcome.FlowNeedsPerson);
        Assert.DoesNotContain("3612640971123048856", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_how_long_a_refund_takes_is_no_overdue_wait()
    {
        var chat = _harness.Start("tb_lily88");
        var outcome = await chat.SayAsync("退款要几天到账？");

        Assert.Null(outcome.FlowNeedsPerson);
    }

    public void Dispose() => _harness.Dispose();
}
