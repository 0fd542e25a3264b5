using ShopBot.Knowledge.Kernel;

namespace ShopBot.Knowledge.Tests.Kernel;

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
    public void Personal_data_is_hidden(string text, string secret)
    {
        var masked = PersonalDataMask.Mask(text);

        Assert.DoesNotContain(secret, masked);
        Assert.Contains(PersonalDataMask.Hidden, masked);
    }

    [Theory]
    [InlineData("订单3617051183306682495什么时候发货")]
    [InlineData("质量问题退货运费谁出？")]
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
