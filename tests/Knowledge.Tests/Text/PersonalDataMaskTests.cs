using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Tests.Text;

public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("电话13812345678", "13812345678")]
    [InlineData("手机 +86 138 1234 5678 谢谢", "138 1234 5678")]
    [InlineData("座机0571-88886666", "88886666")]
    [InlineData("发到 a.b-c@shop.example.cn 吧", "shop.example.cn")]
    [InlineData("地址上海市浦东新区张江路1200弄5号", "张江路1200弄")]
    [InlineData("广东省深圳市南山区", "南山区")]
    [InlineData("收件人：王小红", "王小红")]
    [InlineData("电话 138-1234-5678 谢谢", "1234")]
    [InlineData("寄到广东省深圳市南山区科技园路8号，谢谢", "科技园路8号")]
    [InlineData("地址浙江省杭州市西湖区文三路100号3单元", "文三路")]
    public void Personal_data_is_hidden(string text, string secret)
    {
        var masked = PersonalDataMask.Mask(text);

        Assert.DoesNotContain(secret, masked);
        Assert.Contains(PersonalDataMask.Hidden, masked);
    }

    [Theory]
    [InlineData("订单3617051183306682495什么时候发货")]
    [InlineData("质量问题退货运费谁出？")]
    [InlineData("订单号 2024112212345678901 还没发货")]
    [InlineData("我在杭州市，什么时候发货")]
    [InlineData("快递单号 SF1234567890123")]
    public void Ordinary_questions_and_order_numbers_are_kept(string text) =>
        Assert.Equal(text, PersonalDataMask.Mask(text));

    [Fact]
    public void Arguments_named_for_personal_data_are_hidden_whole_and_lists_are_counted()
    {
        var line = PersonalDataMask.Arguments(
        [
            new("receiverName", "赵六"),
            new("photoUrls", new[] { "https://img/1.jpg", "https://img/2.jpg" }),
            new("pastPromise", true),
        ]);

        Assert.Equal("receiverName=***, photoUrls=[2 items], pastPromise=True", line);
    }
}
