namespace ShopBot.Knowledge.Tests.Entities;

public sealed partial class MessageAnalyzerTests
{
    [Theory]
    [InlineData("改地址 上海市浦东新区张江路100号 王小明 13912345678", "上海市", "上海市", "浦东新区", "张江路100号", "王小明", "13912345678")]
    [InlineData("收件人换成张三，电话139 1234 5678，地址北京朝阳区建国路88号", "北京市", "北京市", "朝阳区", "建国路88号", "张三", "13912345678")]
    [InlineData("浙江省 杭州市 西湖区 文三路 88号 晴川苑 3幢 502室", "浙江省", "杭州市", "西湖区", "文三路 88号 晴川苑 3幢 502室", null, null)]
    [InlineData("广东省深圳市南山区科苑路15号", "广东省", "深圳市", "南山区", "科苑路15号", null, null)]
    [InlineData("寄到江苏南京鼓楼区中山路1号", "江苏省", "南京市", "鼓楼区", "中山路1号", null, null)]
    [InlineData("地址：杭州市余杭区文一西路969号", "浙江省", "杭州市", "余杭区", "文一西路969号", null, null)]
    [InlineData("收货人：李四 13800001111 四川省成都市武侯区人民南路四段1号", "四川省", "成都市", "武侯区", "人民南路四段1号", "李四", "13800001111")]
    [InlineData("不对，地址是浦东新区张江路100号", "上海市", "上海市", "浦东新区", "张江路100号", null, null)]
    [InlineData("新疆乌鲁木齐市天山区解放北路1号", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", "解放北路1号", null, null)]
    [InlineData("改地址：內蒙古呼和浩特市新城區新華大街1號", "内蒙古自治区", "呼和浩特市", "新城区", "新华大街1号", null, null)]
    [InlineData("改成寄到廣州天河區體育西路101號 陳靜 138-0000-2222", "广东省", "广州市", "天河区", "体育西路101号", "陈静", "13800002222")]
    [InlineData("重庆渝中区解放碑步行街8号", "重庆市", "重庆市", "渝中区", "解放碑步行街8号", null, null)]
    [InlineData("地址改成上海徐汇区漕溪北路398号 电话13912345678", "上海市", "上海市", "徐汇区", "漕溪北路398号", null, "13912345678")]
    [InlineData("帮我改到杭州西湖区文三路89号", "浙江省", "杭州市", "西湖区", "文三路89号", null, null)]
    [InlineData("地址是北京市海淀区中关村大街1号院2号楼3单元401", "北京市", "北京市", "海淀区", "中关村大街1号院2号楼3单元401", null, null)]
    [InlineData("帮我改成 广东省 东莞市 南城街道 鸿福路 100号", "广东省", "东莞市", "南城街道", "鸿福路 100号", null, null)]
    [InlineData("我换地址了，新的是：江苏省苏州市工业园区星湖街328号", "江苏省", "苏州市", null, "工业园区星湖街328号", null, null)]
    [InlineData("地址：杭州市西湖区文三路88号晴川苑3幢502室，林莉，13800001111", "浙江省", "杭州市", "西湖区", "文三路88号晴川苑3幢502室", "林莉", "13800001111")]
    [InlineData("湖北仙桃市干河街道1号", "湖北省", "仙桃市", null, "干河街道1号", null, null)]
    [InlineData("寄到深圳南山", "广东省", "深圳市", "南山区", null, null, null)]
    [InlineData("包裹收货地址要改，改成朝阳区建国路", null, null, "朝阳区", "建国路", null, null)]
    [InlineData("亲，专票寄到公司，地址是深圳市南山区科技园A栋", "广东省", "深圳市", "南山区", "科技园A栋", null, null)]
    public void A_full_address_is_split_into_its_parts(string text, string? province, string? city, string? district, string? detail, string? name, string? mobile)
    {
        var address = Analysis.Analyze(text).Address;

        Assert.NotNull(address);
        Assert.Equal(province, address.Province);
        Assert.Equal(city, address.City);
        Assert.Equal(district, address.District);
        Assert.Equal(detail, address.Detail);
        Assert.Equal(name, address.RecipientName);
        Assert.Equal(mobile, address.Mobile);
    }

    [Theory]
    [InlineData("地址改成文三路100号", "文三路100号")]
    [InlineData("改到晴川苑3幢502室", "晴川苑3幢502室")]
    [InlineData("新地址是文一西路969号海创园5号楼", "文一西路969号海创园5号楼")]
    [InlineData("送到张江路100号", "张江路100号")]
    [InlineData("门牌号写错了 是建国路88号", "建国路88号")]
    [InlineData("地址说错了，是文三路89号", "文三路89号")]
    public void A_partial_address_gives_the_detail_alone(string text, string detail)
    {
        var address = Analysis.Analyze(text).Address;

        Assert.NotNull(address);
        Assert.Equal(detail, address.Detail);
        Assert.Null(address.City);
        Assert.False(address.HasFullAddress);
    }

    [Theory]
    [InlineData("電話改成139-1234-5678", "13912345678")]
    [InlineData("手机号１３９１２３４５６７８", "13912345678")]
    [InlineData("+86 139 1234 5678", "13912345678")]
    [InlineData("联系方式 13800001111 谢谢", "13800001111")]
    [InlineData("号码是 150-1234-5678", "15012345678")]
    public void A_mobile_number_is_read_however_it_is_spaced_or_written(string text, string mobile)
    {
        Assert.Equal(mobile, Analysis.Analyze(text).Address?.Mobile);
    }

    [Theory]
    [InlineData("收件人改成张山", "张山")]
    [InlineData("收货人名字换成欧阳娜娜", "欧阳娜娜")]
    [InlineData("收件人：林莉，电话没变", "林莉")]
    [InlineData("地址不变 收件人改成我老公 王磊", "王磊")]
    [InlineData("我的名字叫林莉", "林莉")]
    [InlineData("收件人姓名：诸葛亮亮", "诸葛亮亮")]
    public void A_new_recipient_is_read_after_its_marker(string text, string name)
    {
        var address = Analysis.Analyze(text).Address;

        Assert.NotNull(address);
        Assert.Equal(name, address.RecipientName);
        Assert.Contains(name, Analysis.Analyze(text).PersonNames);
    }

    [Theory]
    [InlineData("保温杯能改下收件人吗 改成我室友 李想 13300007788 我下周不在学校", "李想")]
    [InlineData("收货人能换吗 换成我妹妹 胡月 电话13511112222 地址不变", "胡月")]
    [InlineData("收件人改成我同事 周安", "周安")]
    public void A_recipient_after_who_they_are_is_the_next_word_even_with_an_everyday_character(string text, string name)
    {
        Assert.Equal(name, Analysis.Analyze(text).Address?.RecipientName);
    }

    [Fact]
    public void A_district_name_two_cities_share_takes_the_city_of_the_buyers_address_on_file()
    {
        var address = Analysis.Analyze("地址说错了，是西湖区文三路89号").Address;

        Assert.NotNull(address);
        Assert.Equal("西湖区", address.District);
        Assert.Equal("杭州市", address.City);
        Assert.Equal("浙江省", address.Province);
    }

    [Fact]
    public void A_district_name_two_cities_share_keeps_the_city_open_for_a_buyer_with_no_address_there()
    {
        var address = Analysis.Analyze("地址说错了，是西湖区文三路89号", "橙子不酸").Address;

        Assert.NotNull(address);
        Assert.Equal("西湖区", address.District);
        Assert.Null(address.City);
        Assert.Equal("文三路89号", address.Detail);
    }
}
