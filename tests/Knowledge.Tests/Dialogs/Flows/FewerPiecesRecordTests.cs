using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Tests.Dialogs.Flows;

public sealed class FewerPiecesRecordTests
{
    private static readonly Order Socks = new()
    {
        OrderNumber = "3617051183306682495",
        BuyerId = "阿福的杂货铺",
        Status = OrderStatus.AwaitingShipment,
        CreatedAt = DateTimeOffset.Parse("2026-11-22T08:58:42+08:00", System.Globalization.CultureInfo.InvariantCulture),
        Title = "羊毛混纺中筒袜 五双装 均码",
        Quantity = 4,
        AmountPaid = 199.60m,
    };

    private static readonly CaseRecord Cut = new()
    {
        Id = "c1",
        Kind = CaseKind.OrderChange,
        Status = CaseStatus.Open,
        BuyerId = "阿福的杂货铺",
        OrderNumber = "3617051183306682495",
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
        Reason = OrderChangeFlow.FewerReason,
        Description = "数量从4包减到2包：少发2包，其余照常发货（商品：羊毛混纺中筒袜 五双装 均码）；买家想退少发部分的钱（按订单单价算99.80元），能否部分退款待同事核实",
    };

    [Theory]
    [InlineData("不对留三包吧退一包的钱就行", "留3包")]
    [InlineData("还是留3包吧退1包", "留3包")]
    [InlineData("算了只要一包", "留1包")]
    public void Another_count_kept_is_said_as_the_pieces_kept(string compact, string said)
    {
        Assert.Equal(said, FewerPiecesRecord.OtherCount(compact, Cut, Socks));
    }

    [Theory]
    [InlineData("能不能退2包的钱剩下2包照常发")]
    [InlineData("别给我整单退啊我还要的")]
    [InlineData("只要两包就行")]
    public void The_same_count_or_none_is_no_other_count(string compact)
    {
        Assert.Null(FewerPiecesRecord.OtherCount(compact, Cut, Socks));
    }
}
