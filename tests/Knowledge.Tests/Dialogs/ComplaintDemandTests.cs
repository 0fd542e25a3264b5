using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class ComplaintDemandTests
{
    [Theory]
    [InlineData("我要退全款运费你们出不然我就给差评", "全额退款，运费由店铺承担")]
    [InlineData("赔我40不然差评", "赔偿40元")]
    [InlineData("至少补偿50块叫你们老板来", "赔偿50元")]
    [InlineData("给我换一个新的不然投诉", "换新")]
    [InlineData("马上退款不然我去12315", "退货退款")]
    [InlineData("不赔偿我就曝光你们", "赔偿（金额未说）")]
    [InlineData("退30给我不然投诉", "赔偿30元")]
    [InlineData("补贴20块不然差评", "赔偿20元")]
    public void A_demand_beside_a_complaint_is_read_in_the_shops_words(string compact, string expected) =>
        Assert.Equal(expected, ComplaintDemand.Read(compact));

    [Theory]
    [InlineData("台灯退款凭什么给我关了我都没同意叫你们老板出来跟我说")]
    [InlineData("叫你们老板来不然我投诉")]
    [InlineData("退款给我关了凭什么叫你们老板来")]
    public void A_complaint_that_demands_nothing_reads_as_none(string compact) =>
        Assert.Null(ComplaintDemand.Read(compact));
}
