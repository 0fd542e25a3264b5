namespace ShopBot.Knowledge.Tests.Entities;

public sealed partial class MessageAnalyzerTests
{
    [Theory]
    [InlineData("羽絨服改地址 13512345678 王芳 重慶市渝中區解放碑路8號", "重庆市", "重庆市", "渝中区", "解放碑路8号", "王芳", "13512345678")]
    [InlineData("收件人:赵六 电话:13766554433 地址:天津市和平区南京路120号", "天津市", "天津市", "和平区", "南京路120号", "赵六", "13766554433")]
    [InlineData("王芳,13512345678,北京市朝阳区建国路88号", "北京市", "北京市", "朝阳区", "建国路88号", "王芳", "13512345678")]
    [InlineData("北京朝阳区建国路88号王芳13512345678", "北京市", "北京市", "朝阳区", "建国路88号", "王芳", "13512345678")]
    [InlineData("13912345678 李雷 广西壮族自治区南宁市青秀区民族大道100号", "广西壮族自治区", "南宁市", "青秀区", "民族大道100号", "李雷", "13912345678")]
    [InlineData("张三13912345678江苏省苏州市吴中区东吴北路66号", "江苏省", "苏州市", "吴中区", "东吴北路66号", "张三", "13912345678")]
    [InlineData("地址 宁夏银川市兴庆区解放西街2号 收件人 马丽 电话 18812345678", "宁夏回族自治区", "银川市", "兴庆区", "解放西街2号", "马丽", "18812345678")]
    [InlineData("新地址：上海 浦东新区 张江路 100弄 5号 李四 13698765432", "上海市", "上海市", "浦东新区", "张江路 100弄 5号", "李四", "13698765432")]
    [InlineData("改成 南京市鼓楼区中山路1号 韩梅梅 15012345678", "江苏省", "南京市", "鼓楼区", "中山路1号", "韩梅梅", "15012345678")]
    [InlineData("天津和平区南京路120号，赵六，13766554433", "天津市", "天津市", "和平区", "南京路120号", "赵六", "13766554433")]
    [InlineData("收货人：陳靜，手機：13800002222，地址：廣東省廣州市天河區體育西路101號", "广东省", "广州市", "天河区", "体育西路101号", "陈静", "13800002222")]
    [InlineData("电话13698765432 收件人李四 上海市浦东新区张江路100弄5号", "上海市", "上海市", "浦东新区", "张江路100弄5号", "李四", "13698765432")]
    [InlineData("四川省，成都市，武侯区，人民南路四段1号，李四，13800001111", "四川省", "成都市", "武侯区", "人民南路四段1号", "李四", "13800001111")]
    [InlineData("山东省烟台市芝罘区南大街188号振华商厦6楼 傅阿福 13800001111", "山东省", "烟台市", "芝罘区", "南大街188号振华商厦6楼", "傅阿福", "13800001111")]
    [InlineData("河北省保定市徐水区东大街5号 刘洋 13800003333", "河北省", "保定市", "徐水区", "东大街5号", "刘洋", "13800003333")]
    [InlineData("杭州市西湖区文三路88号 林莉收 13800001111", "浙江省", "杭州市", "西湖区", "文三路88号", "林莉", "13800001111")]
    public void An_address_is_read_in_the_spellings_buyers_use(string text, string? province, string? city, string? district, string? detail, string? name, string? mobile)
    {
        var address = Analysis.Analyze(text).Address;

        Assert.NotNull(address);
        Assert.Equal((province, city, district, detail, name, mobile), (address.Province, address.City, address.District, address.Detail, address.RecipientName, address.Mobile));
    }

    [Theory]
    [InlineData("地址是朝陽區望京街10號 望京SOHO T2 1508", "望京街10号 望京SOHO T2 1508")]
    [InlineData("改地址 北京市朝阳区建国路ＳＯＨＯ现代城Ａ座 1203", "建国路SOHO现代城A座 1203")]
    [InlineData("上海市浦东新区世纪大道100号 IFC大厦b座 2001 莫默 13700003333", "世纪大道100号 IFC大厦b座 2001")]
    public void Latin_letters_of_an_address_keep_the_case_the_buyer_wrote(string text, string detail) =>
        Assert.Equal(detail, Analysis.Analyze(text).Address?.Detail);
}
