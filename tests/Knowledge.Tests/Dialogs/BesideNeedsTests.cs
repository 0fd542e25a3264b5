using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class BesideNeedsTests
{
    [Theory]
    [InlineData("T恤到哪了明天不在家怎么办")]
    [InlineData("浴巾啥时候能到啊我白天上班家里没人")]
    [InlineData("我后天出差")]
    public void Not_being_at_home_is_heard(string text) => Assert.True(BesideNeeds.NotHome(text));

    [Theory]
    [InlineData("图片怎么发啊")]
    [InlineData("碗碎了怎么拍照发给你")]
    [InlineData("怎么给你发照片")]
    public void Asking_how_to_send_a_photo_is_heard(string text) => Assert.True(BesideNeeds.AsksHowToSendPhoto(text));

    [Theory]
    [InlineData("T恤到哪了")]
    [InlineData("照片晚点发")]
    [InlineData("我在家等着呢")]
    public void Other_lines_hold_neither(string text)
    {
        Assert.False(BesideNeeds.NotHome(text));
        Assert.False(BesideNeeds.AsksHowToSendPhoto(text));
    }
}
