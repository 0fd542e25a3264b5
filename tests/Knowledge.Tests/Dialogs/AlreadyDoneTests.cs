using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class AlreadyDoneTests
{
    [Theory]
    [InlineData("退货已经寄出了什么时候退款", true)]
    [InlineData("退货的快递我已经寄回去了单号yt1234567890", true)]
    [InlineData("t恤我已经寄回给你们了", true)]
    [InlineData("东西昨天寄回了", true)]
    [InlineData("退货还没寄要寄到哪里", false)]
    [InlineData("退货寄回去了吗", false)]
    [InlineData("怎么寄回去", false)]
    [InlineData("退款已经退回了吗", false)]
    [InlineData("你们已经发出了吗", false)]
    [InlineData("我已经申请退货了", false)]
    [InlineData("再给我寄一个 别让我退货", false)]
    public void A_return_parcel_already_sent_is_told_from_one_still_to_send(string text, bool sent) =>
        Assert.Equal(sent, AlreadyDone.ReturnSent(text));

    [Theory]
    [InlineData("浴巾照片我已经发过了你们看下", true)]
    [InlineData("我之前发过照片了", true)]
    [InlineData("图片发你们了", true)]
    [InlineData("照片晚点发", false)]
    [InlineData("照片发不了", false)]
    [InlineData("照片还没发", false)]
    public void Photos_already_sent_are_told_from_photos_to_come(string compact, bool sent) =>
        Assert.Equal(sent, AlreadyDone.PhotoSent(compact));

    [Theory]
    [InlineData("保温杯外面掉漆了")]
    [InlineData("裤子缩水了")]
    [InlineData("面膜用了过敏")]
    [InlineData("椅子摇晃")]
    [InlineData("耳机充电发烫")]
    public void A_symptom_across_categories_names_the_problem(string text) =>
        Assert.NotNull(QualityProblems.Of(text));

    [Theory]
    [InlineData("t恤尺码偏小穿不下能换大一号吗")]
    [InlineData("衣服不合身想换")]
    [InlineData("裤子穿着太紧了")]
    public void A_size_that_does_not_fit_is_no_defect(string text) =>
        Assert.True(QualityProblems.RulesOutDefect(text));
}
