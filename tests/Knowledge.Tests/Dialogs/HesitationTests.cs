using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class HesitationTests
{
    [Theory]
    [InlineData("我先试试，不行再说", true)]
    [InlineData("那我先用用看吧", true)]
    [InlineData("算了我考虑一下", true)]
    [InlineData("晚点再说吧 现在没空", true)]
    [InlineData("现在不方便拍 晚点发你", false)]
    [InlineData("照片晚点再说", false)]
    [InlineData("先不退了 换个新的", false)]
    [InlineData("杯盖裂了 要退货", false)]
    public void Putting_the_decision_off_is_told_from_putting_off_a_photo_or_a_request(string text, bool hesitates) =>
        Assert.Equal(hesitates, Hesitation.Of(text));
}
