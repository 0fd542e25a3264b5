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

    [Theory]
    [InlineData("顺便问下能装开水不要泡茶", true, false)]
    [InlineData("另外能装热牛奶不", true, false)]
    [InlineData("可以放微波炉吗", true, false)]
    [InlineData("明天出差要带", false, true)]
    [InlineData("周五前能到吗", false, true)]
    [InlineData("出门前能到吗", false, true)]
    [InlineData("保温杯能发顺丰吗", false, false)]
    [InlineData("昨天发的那个", false, false)]
    public void A_use_of_the_goods_and_a_day_needed_are_heard_beside_shipping(string text, bool usage, bool day)
    {
        Assert.Equal(usage, ShippingAsides.AsksUsage(text));
        Assert.Equal(day, ShippingAsides.NeedsByDay(text));
    }
}
