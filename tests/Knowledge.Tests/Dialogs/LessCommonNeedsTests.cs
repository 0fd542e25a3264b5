using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class LessCommonNeedsTests
{
    [Theory]
    [InlineData("退了两周了还没收到钱", 14)]
    [InlineData("都半个月了还没到", 15)]
    [InlineData("退款成功十天了", 10)]
    [InlineData("退了十几天了", 15)]
    [InlineData("已经3天了", 3)]
    [InlineData("一个月了钱还没回来", 30)]
    [InlineData("退款成功了钱没到", null)]
    [InlineData("都20多天了钱还没到账", 20)]
    [InlineData("一个多月了", 30)]
    // A date in a month is when it was bought, never eleven months of waiting.
    [InlineData("11月8号买的 已经退了", null)]
    [InlineData("11月初买的", null)]
    public void The_days_the_buyer_says_have_passed_are_read(string text, int? days) =>
        Assert.Equal(days, LessCommonNeeds.DaysSaid(text));

    [Theory]
    [InlineData("帮我延长收货", true)]
    [InlineData("自动确认收货是几天", true)]
    [InlineData("保温杯能延长一下收货时间吗", true)]
    [InlineData("还没到就要自动确认了怎么办", true)]
    [InlineData("我的快递到哪了", false)]
    [InlineData("能延长一下发货时间吗", false)]
    public void Receipt_time_and_its_extension_are_recognised(string text, bool asked) =>
        Assert.Equal(asked, ReceiptExtension.IsAsked(text));

    [Theory]
    [InlineData("退款成功了钱没到", true)]
    [InlineData("羽绒服退了两周了还没收到钱", true)]
    [InlineData("退货退款了钱还没到", true)]
    [InlineData("快递还没到", false)]
    [InlineData("货还没收到 钱没到吗", false)]
    public void Refund_money_not_arrived_is_not_a_parcel_question(string text, bool asked) =>
        Assert.Equal(asked, RefundMoneyMissing.IsAsked(text));

    [Theory]
    [InlineData("t恤买了两件只发了一件退那件的钱", true)]
    [InlineData("能只退一部分钱吗退50就行", true)]
    [InlineData("少发了一个退那个的钱吧", true)]
    [InlineData("袜子我拍了4双能只退2双吗", false)]
    [InlineData("保温杯便宜了20能退差价吗", false)]
    [InlineData("少发了一件", false)]
    public void A_partial_refund_is_told_apart_from_a_quantity_a_price_drop_and_a_missing_piece_alone(string compact, bool asked) =>
        Assert.Equal(asked, PartialRefund.IsAsked(compact));

    [Theory]
    [InlineData("浴巾收到了 颜色不喜欢 能换个白色的吗", true)]
    [InlineData("没有质量问题 就是不想要了", true)]
    [InlineData("碗碎了 不想要了", false)]
    [InlineData("发错颜色了 不喜欢这个", false)]
    [InlineData("台灯不亮了", false)]
    public void A_buyer_who_rules_out_a_defect_is_no_quality_case(string text, bool rulesOut) =>
        Assert.Equal(rulesOut, QualityProblems.RulesOutDefect(text));

    [Theory]
    [InlineData("好的帮我登记", true)]
    [InlineData("嗯 麻烦帮我延长一下", true)]
    [InlineData("谢谢", false)]
    [InlineData("不用了", false)]
    [InlineData("不要登记", false)]
    public void Only_a_yes_takes_up_the_offer_to_note_an_extension(string text, bool consents) =>
        Assert.Equal(consents, ReceiptExtension.Consents(text));
}
