using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>What counts as said already: the same content in other words, never a new value or a new matter.</summary>
public sealed class SaidContentTests
{
    private static readonly SaidContent Said = new(["亲，这单还没有付款，不会扣钱，放着三天后系统会自动关闭。"]);

    [Fact]
    public void The_other_wording_of_a_sentence_said_is_covered() =>
        Assert.True(Said.Covers("您好亲，这单没付款就不会扣钱，三天后系统自动关闭。"));

    [Fact]
    public void A_sentence_with_a_value_not_said_is_new() =>
        Assert.False(Said.Covers("这单还没有付款，不会扣钱，放着3617051183306682495会自动关闭。"));

    [Fact]
    public void A_sentence_about_another_matter_is_new() =>
        Assert.False(Said.Covers("退货运费由买家承担，包邮订单退款时扣除发货运费。"));

    [Theory]
    [InlineData("还有其他想了解的随时问我哦", true)]
    [InlineData("有问题随时找我～", true)]
    [InlineData("退货运费由买家承担。", false)]
    public void Only_a_closing_invitation_is_an_invitation(string sentence, bool invites) =>
        Assert.Equal(invites, SaidContent.OnlyInvites(sentence));

    [Theory]
    [InlineData("行不", true)]
    [InlineData("收到没", true)]
    [InlineData("想着等发工资再付 结果就这样没了", false)]
    public void A_buyer_line_that_asks_is_told_apart_from_a_remark(string line, bool asks) =>
        Assert.Equal(asks, SaidContent.AsksSomething(line));

    [Fact]
    public void Sentences_keep_their_closing_marks() =>
        Assert.Equal(["先退款。", "再重拍！"], SaidContent.Sentences("先退款。再重拍！"));
}
