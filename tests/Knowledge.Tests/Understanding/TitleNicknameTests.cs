using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Tests.Entities;

public sealed class TitleNicknameTests
{
    [Theory]
    [InlineData("兔小白", "兔小白")]
    [InlineData("兔小白就行", "兔小白")]
    [InlineData("橙子皮", "橙子皮")]
    public void A_title_written_after_the_title_word_is_taken_as_the_buyers_own(string run, string title) =>
        Assert.Equal(title, TitleNickname.Leading(run));

    [Theory]
    [InlineData("错了")]
    [InlineData("个人的")]
    [InlineData("公司")]
    [InlineData("怎么写")]
    [InlineData("要公司的")]
    public void Words_of_a_sentence_are_no_title(string run) =>
        Assert.Null(TitleNickname.Leading(run));
}
