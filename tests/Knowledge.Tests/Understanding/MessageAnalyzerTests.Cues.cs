using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Tests.Entities;

public sealed partial class MessageAnalyzerTests
{
    [Theory]
    [InlineData("我不要退款！快点发货", "Refund", "Hurry")]
    [InlineData("我不要退款!快点发货", "Refund", "Hurry")]
    [InlineData("不是退款，是催你们快点发货", "Refund", "Hurry")]
    [InlineData("不退了", "Refund", "")]
    [InlineData("不想退了，帮我催一下", "Refund", "Hurry")]
    [InlineData("别取消", "Cancel", "")]
    [InlineData("不用发票", "Invoice", "")]
    [InlineData("不用开发票了", "Invoice", "")]
    [InlineData("发票不用了", "Invoice", "")]
    [InlineData("退款算了", "Refund", "")]
    [InlineData("不退貨了，換一個", "Return", "Exchange")]
    [InlineData("不要取消订单 我要改地址", "Cancel", "ChangeAddress")]
    [InlineData("不 要 退 款", "Refund", "")]
    public void A_refused_action_is_negated_and_the_rest_asserted(string text, string negated, string asserted)
    {
        var cues = Analysis.Analyze(text).Cues;

        Assert.Contains(Enum.Parse<BuyerAction>(negated), cues.Negated);
        Assert.DoesNotContain(Enum.Parse<BuyerAction>(negated), cues.Asserted);
        if (asserted.Length > 0)
        {
            Assert.Contains(Enum.Parse<BuyerAction>(asserted), cues.Asserted);
        }
    }

    [Theory]
    [InlineData("我要退款", "Refund")]
    [InlineData("申请退货", "Return")]
    [InlineData("取消订单", "Cancel")]
    [InlineData("帮我改地址", "ChangeAddress")]
    [InlineData("能开发票吗", "Invoice")]
    [InlineData("怎么还不发货", "Hurry")]
    [InlineData("我要退款！！", "Refund")]
    [InlineData("快点", "Hurry")]
    [InlineData("钱什么时候退给我", "Refund")]
    [InlineData("今天能发货吗", "Hurry")]
    public void A_plain_request_is_asserted(string text, string action)
    {
        var cues = Analysis.Analyze(text).Cues;

        Assert.Equal([Enum.Parse<BuyerAction>(action)], cues.Asserted);
        Assert.Empty(cues.Negated);
    }

    [Theory]
    [InlineData("如果再不发就退款", "Refund")]
    [InlineData("再不发货我就退款了", "Refund")]
    [InlineData("不退的话，今天能发吗", "Refund")]
    [InlineData("要是明天还不到，我就退货", "Return")]
    [InlineData("否则取消订单", "Cancel")]
    public void A_conditional_action_is_neither_asked_for_nor_refused(string text, string action)
    {
        var cues = Analysis.Analyze(text).Cues;

        Assert.True(cues.IsConditional);
        Assert.Contains(Enum.Parse<BuyerAction>(action), cues.Conditional);
        Assert.DoesNotContain(Enum.Parse<BuyerAction>(action), cues.Negated);
        Assert.DoesNotContain(Enum.Parse<BuyerAction>(action), cues.Asserted);
    }

    [Theory]
    [InlineData("不是退款，是催你们快点发货")]
    [InlineData("说错了，是第二个")]
    [InlineData("我是说5922那个")]
    [InlineData("收件人改成张山")]
    [InlineData("打错了 应该是13912345678")]
    public void A_correction_is_marked(string text)
    {
        Assert.True(Analysis.Analyze(text).Cues.IsCorrection);
    }

    [Fact]
    public void A_correction_keeps_the_reason_out_of_the_refused_part()
    {
        var facts = Analysis.Analyze("不是退款，是催你们快点发货");

        Assert.Null(facts.Reason);
        Assert.Equal([BuyerAction.Refund], facts.Cues.Negated);
        Assert.Equal([BuyerAction.Hurry], facts.Cues.Asserted);
    }

    [Theory]
    [InlineData("现在不方便拍，晚点发", true)]
    [InlineData("等下再拍给你", true)]
    [InlineData("明天再发照片", true)]
    [InlineData("待会补图", true)]
    [InlineData("晚點再說", false)]
    [InlineData("回头再联系", false)]
    public void A_deferral_is_read_and_a_photo_promised_for_later_is_told_apart(string text, bool photo)
    {
        var cues = Analysis.Analyze(text).Cues;

        Assert.True(cues.IsDeferral);
        Assert.Equal(photo, cues.PhotoLater);
        Assert.DoesNotContain(BuyerAction.Hurry, cues.Asserted);
    }

    [Theory]
    [InlineData("急用，今天必须发", "2026-11-22")]
    [InlineData("下周三之前要收到", "2026-11-25")]
    [InlineData("周五前要到", "2026-11-27")]
    [InlineData("12月1号之前要", "2026-12-01")]
    [InlineData("明天之前能到吗 赶时间", "2026-11-23")]
    [InlineData("今天下午3点前能发吗 急", "2026-11-22")]
    [InlineData("赶时间 麻烦马上发", null)]
    [InlineData("照片马上发 我马上要用", null)]
    [InlineData("着急用", null)]
    [InlineData("很急！！！", null)]
    public void Urgency_is_read_with_its_deadline(string text, string? deadline)
    {
        var cues = Analysis.Analyze(text).Cues;

        Assert.True(cues.IsUrgent);
        Assert.Equal(deadline is null ? null : DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture), cues.Deadline);
    }

    [Theory]
    [InlineData("怎么还不给我发货啊，急死了", "Hurry")]
    [InlineData("我看显示还没揽收，是不是还没发", "Hurry")]
    [InlineData("加湿器不要了还没发货吧", "Hurry")]
    [InlineData("定金不退吗？", "Refund")]
    [InlineData("是不是退款了", "Refund")]
    [InlineData("四件套退款 不用挽留了", "Refund")]
    [InlineData("退款不要退货", "Refund")]
    public void A_complaint_or_a_question_with_a_not_in_it_refuses_nothing(string text, string action)
    {
        Assert.DoesNotContain(Enum.Parse<BuyerAction>(action), Analysis.Analyze(text).Cues.Negated);
    }

    [Theory]
    [InlineData("包包颜色不喜欢，想换成黑色那款")]
    [InlineData("地址改一下")]
    [InlineData("电话换成13812345678")]
    public void A_change_request_is_no_correction(string text)
    {
        Assert.False(Analysis.Analyze(text).Cues.IsCorrection);
    }

    [Theory]
    [InlineData("能不能发顺丰")]
    [InlineData("发货了吗")]
    [InlineData("现在不方便拍，晚点发")]
    public void A_question_about_shipping_is_no_hurry(string text)
    {
        Assert.DoesNotContain(BuyerAction.Hurry, Analysis.Analyze(text).Cues.Asserted);
    }

    [Theory]
    [InlineData("不着急，慢慢发")]
    [InlineData("不急的")]
    [InlineData("照片马上发 能不能就把碎的补寄给我")]
    [InlineData("图我马上拍给你")]
    [InlineData("我马上拍照片")]
    public void Not_in_a_hurry_is_not_urgent(string text)
    {
        Assert.False(Analysis.Analyze(text).Cues.IsUrgent);
    }

    [Theory]
    [InlineData("已经收到了", true, false)]
    [InlineData("拿到了，谢谢", true, false)]
    [InlineData("签收了", true, false)]
    [InlineData("已簽收", true, false)]
    [InlineData("收到货了但是坏了", true, false)]
    [InlineData("没收到", false, true)]
    [InlineData("还没收到货", false, true)]
    [InlineData("显示签收但我没拿到", false, true)]
    [InlineData("被人签收了 不是我签收的", false, true)]
    [InlineData("你们收到了吗", false, false)]
    [InlineData("今天才到", true, false)]
    [InlineData("刚收到 就坏了", true, false)]
    [InlineData("昨天才拿到的", true, false)]
    [InlineData("今天到了吗", false, false)]
    [InlineData("什么时候才到", false, false)]
    public void Whether_the_parcel_arrived_is_read(string text, bool received, bool notReceived)
    {
        var cues = Analysis.Analyze(text).Cues;

        Assert.Equal(received, cues.AlreadyReceived);
        Assert.Equal(notReceived, cues.NotReceived);
    }
}
