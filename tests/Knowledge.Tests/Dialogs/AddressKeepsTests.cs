using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class AddressKeepsTests
{
    [Theory]
    [InlineData("地址不变,只改电话13511112222", true, false, true)]
    [InlineData("羽绒服收件人换成王大明电话和地址都不变", false, true, true)]
    [InlineData("电话地址都不用改", false, true, true)]
    [InlineData("四件套那單收件人改成林小莉其他都不变", false, true, true)]
    [InlineData("收件人还是我地址也不变", true, false, true)]
    [InlineData("地址换成江苏省苏州市星湖街328号收件人还是沈烟", true, false, false)]
    [InlineData("只改收件人", false, true, true)]
    [InlineData("收货电话填错了改成13200008899", false, false, true)]
    [InlineData("袜子的收货电话错了不是13200008888是13200008899", false, false, true)]
    public void Parts_the_buyer_keeps_are_read(string text, bool name, bool mobile, bool address) =>
        Assert.Equal((name, mobile, address), AddressKeeps.Of(text));

    [Theory]
    [InlineData("收件人刘洋13611112222")]
    [InlineData("浙江省杭州市西湖区文三路100号")]
    [InlineData("我要改地址")]
    public void Words_that_keep_nothing_keep_nothing(string text) =>
        Assert.Equal((false, false, false), AddressKeeps.Of(text));

    [Theory]
    [InlineData("帮我改个电话", false, true)]
    [InlineData("电话改成13987654321", false, true)]
    [InlineData("改一下收件人", true, false)]
    [InlineData("地址不变", false, false)]
    [InlineData("收货电话填错了", false, true)]
    public void Parts_the_buyer_asks_to_change_are_read(string text, bool name, bool mobile) =>
        Assert.Equal((name, mobile), AddressKeeps.Wanted(text));

    [Theory]
    [InlineData("袜子的收货电话错了不是13200008888是13200008899", true)]
    [InlineData("手机号写错了应该是13200008899", true)]
    [InlineData("收货电话错了", false)]
    [InlineData("地址错了13200008899", false)]
    [InlineData("收件人写错了应该是13200008899", false)]
    public void A_wrong_mobile_told_with_the_right_number_is_read(string text, bool corrects) =>
        Assert.Equal(corrects, AddressKeeps.CorrectsMobile(text));

    [Theory]
    [InlineData("四件套那单门牌号写错了应该是602室", "602室")]
    [InlineData("房间号改成1202", "1202")]
    public void A_room_number_change_is_read(string text, string room) =>
        Assert.Equal(room, AddressKeeps.NewRoomNumber(text));

    [Theory]
    [InlineData("文三路88号晴川苑3幢502室", "602室", "文三路88号晴川苑3幢602室")]
    [InlineData("珞喻路77号桂子山庄4栋702", "802", "珞喻路77号桂子山庄4栋802")]
    [InlineData("张杨路500弄18号1202室", "1502室", "张杨路500弄18号1502室")]
    public void Only_the_room_of_the_order_detail_changes(string detail, string room, string renumbered) =>
        Assert.Equal(renumbered, AddressKeeps.Renumbered(detail, room));

    [Theory]
    [InlineData("亲 我刚发现收货地址写成浙江省苏州市了 苏州是江苏的啊 应该是江苏省苏州市姑苏区平江路6号枕河小院2楼", "亲 我刚发现收货地址应该是江苏省苏州市姑苏区平江路6号枕河小院2楼")]
    [InlineData("餐具那单地址填成浙江省苏州市了 正确的是江苏省苏州市姑苏区", "餐具那单地址正确的是江苏省苏州市姑苏区")]
    public void The_place_written_wrong_is_left_out(string text, string rest) =>
        Assert.Equal(rest, AddressKeeps.WithoutWrongPlace(text));

    [Theory]
    [InlineData("省填成浙江了 苏州是江苏的 帮我改成江苏省苏州市姑苏区平江路6号")]
    [InlineData("收件人写成李四了 应该是张三")]
    [InlineData("地址改成江苏省苏州市姑苏区平江路6号")]
    public void Without_a_wrong_place_before_a_right_one_nothing_is_left_out(string text) =>
        Assert.Null(AddressKeeps.WithoutWrongPlace(text));
}
