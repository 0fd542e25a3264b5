using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class ReturnThreatenedTests
{
    [Theory]
    [InlineData("不给退差价那我就退货了")]
    [InlineData("不退的话我就退了重拍")]
    [InlineData("那我退貨了")]
    [InlineData("干脆退掉算了")]
    [InlineData("那就先申请退款")]
    [InlineData("到了我直接拒收")]
    [InlineData("算了退货吧")]
    [InlineData("那我退回去")]
    public void A_return_refund_or_refusal_the_buyer_takes_is_threatened(string compact) =>
        Assert.True(ReturnThreatened.IsSaid(compact));

    [Theory]
    [InlineData("能退货吗")]
    [InlineData("不退货了")]
    [InlineData("我已经退货了")]
    [InlineData("退货了吗")]
    [InlineData("退款到哪一步了")]
    public void A_question_a_return_turned_down_or_one_done_is_no_threat(string compact) =>
        Assert.False(ReturnThreatened.IsSaid(compact));

    [Theory]
    [InlineData("不给退差价就退货了反正还没收到", true)]
    [InlineData("之前申请的退款怎么样了", false)]
    public void A_threatened_return_is_no_follow_up_of_a_case(string compact, bool threatened) =>
        Assert.Equal(threatened, CaseFollowUp.Asked(compact) is null);
}
