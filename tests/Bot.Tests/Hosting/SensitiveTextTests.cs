using ShopBot.Bot.Hosting;

namespace ShopBot.Bot.Tests.Hosting;

public sealed class SensitiveTextTests
{
    [Theory]
    [InlineData("手机13812345678", "手机138****5678")]
    [InlineData("电话 138-1234-5678 谢谢", "电话 138****5678 谢谢")]
    [InlineData("+86 13912345678", "139****5678")]
    [InlineData("座机010-87654321", "座机[电话已隐藏]")]
    [InlineData("寄到广东省深圳市南山区科技园路8号，谢谢", SensitiveText.AddressMask + "，谢谢")]
    [InlineData("上海市浦东新区张江镇某某小区5栋", SensitiveText.AddressMask)]
    public void Phone_numbers_and_addresses_are_masked(string text, string expected) => Assert.Equal(expected, SensitiveText.Mask(text));

    [Theory]
    [InlineData("订单号 2024112212345678901 还没发货")]
    [InlineData("我在杭州市，什么时候发货")]
    [InlineData("快递单号 SF1234567890123")]
    public void Order_numbers_and_plain_city_names_are_left_alone(string text) => Assert.Equal(text, SensitiveText.Mask(text));
}
