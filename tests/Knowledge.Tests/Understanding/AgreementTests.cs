using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Tests.Entities;

public sealed class AgreementTests
{
    [Theory]
    [InlineData("好的")]
    [InlineData("可以的~")]
    [InlineData("嗯嗯行")]
    [InlineData("对的")]
    [InlineData("收到")]
    [InlineData("那好吧")]
    [InlineData("ok")]
    [InlineData("OK")]
    [InlineData("没问题！")]
    [InlineData("就写这个")]
    [InlineData("确认")]
    public void A_message_of_yes_words_alone_is_a_bare_yes(string compact) =>
        Assert.True(Agreement.IsBare(compact));

    [Theory]
    [InlineData("好的但是不够")]
    [InlineData("不行")]
    [InlineData("可以吗")]
    [InlineData("对了还有个事")]
    [InlineData("收到的是坏的")]
    [InlineData("行补偿几块就行")]
    public void A_yes_with_more_after_it_or_a_question_is_no_bare_yes(string compact) =>
        Assert.False(Agreement.IsBare(compact));

    [Theory]
    [InlineData("行补偿几块就行")]
    [InlineData("可以")]
    [InlineData("那行吧")]
    [InlineData("好吧就这样")]
    [InlineData("接受")]
    [InlineData("同意的")]
    public void A_consent_at_the_head_takes_an_offer(string compact) =>
        Assert.True(Agreement.Leads(compact));

    [Theory]
    [InlineData("好但是太少了")]
    [InlineData("可以是可以不够啊")]
    [InlineData("收到的是坏的")]
    [InlineData("对了还有个事")]
    [InlineData("就这么点")]
    [InlineData("是不是只能补10块")]
    [InlineData("不接受")]
    public void An_acknowledgement_or_a_consent_taken_back_takes_no_offer(string compact) =>
        Assert.False(Agreement.Leads(compact));
}
