using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Tests.Dialogs.Flows;

public sealed class LabelSizeTests
{
    private static readonly Order TShirt = new()
    {
        OrderNumber = "1", BuyerId = "tb_lily88", Title = "纯棉圆领短袖T恤 男款 白色 XL", Status = OrderStatus.Shipped, CreatedAt = DateTimeOffset.UnixEpoch,
    };

    [Theory]
    [InlineData("穿不进领标是l", "发错尺码（拍的XL，领标是L）")]
    [InlineData("太小了穿不下吊牌上写的m码", "发错尺码（拍的XL，吊牌是M）")]
    public void A_label_size_other_than_the_one_bought_is_the_wrong_size_sent(string compact, string wrong)
    {
        Assert.Equal(wrong, LabelSize.WrongSent(compact, TShirt));
    }

    [Theory]
    [InlineData("穿不进领标是xl")]
    [InlineData("太小了穿不下")]
    public void The_size_bought_on_the_label_or_no_label_is_no_wrong_size(string compact)
    {
        Assert.Null(LabelSize.WrongSent(compact, TShirt));
    }

    [Fact]
    public void The_size_bought_is_read_from_the_title_never_a_bed_width_or_a_volume()
    {
        Assert.Equal("XL", LabelSize.Bought(TShirt.Title));
        Assert.Equal("120cm", LabelSize.Bought("儿童连帽羽绒服 红色 120cm"));
        Assert.Null(LabelSize.Bought("加厚珊瑚绒四件套 1.8m床 雾霾灰"));
        Assert.Null(LabelSize.Bought("不锈钢保温杯 500ml 奶白色"));
    }
}
