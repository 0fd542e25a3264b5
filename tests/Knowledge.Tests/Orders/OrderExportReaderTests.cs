using System.Text;
using ShopBot.Knowledge.Evaluation;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Tests.Orders;

public sealed class OrderExportReaderTests
{
    private const string Header = "订单编号,买家会员名,买家应付货款,买家实际支付金额,订单状态,收货地址,联系手机,订单创建时间,订单付款时间,发货时间,宝贝标题,宝贝总数量,物流公司,物流单号";

    [Fact]
    public async Task Sample_export_reads_every_order_in_every_state_without_problems()
    {
        var import = await OrderExportReader.ReadFileAsync(SampleOrders.Utf8Path);

        Assert.Empty(import.Problems);
        Assert.Equal("utf-8", import.EncodingName);
        Assert.True(import.Orders.Count >= 30);
        Assert.Equal(import.Rows, import.Orders.Count);
        Assert.All(Enum.GetValues<OrderStatus>(), status => Assert.True(import.CountByStatus.GetValueOrDefault(status) > 0, $"no {status} order"));
        Assert.True(import.Orders.Count(o => o.HasRefundUnderWay) >= 2);
        Assert.True(import.Orders.Select(o => o.BuyerId).Distinct().Count() >= 6);
        Assert.True(import.Orders.GroupBy(o => o.BuyerId).Count(g => g.Count() >= 3) >= 4);
        Assert.Contains(import.Orders, o => o.BuyerId == "小王爱购物");
    }

    [Fact]
    public async Task Gbk_export_reads_the_same_orders_as_the_utf8_sample()
    {
        var utf8 = await OrderExportReader.ReadFileAsync(SampleOrders.Utf8Path);
        var gbk = await OrderExportReader.ReadFileAsync(SampleOrders.GbkPath);

        Assert.Equal("gbk", gbk.EncodingName);
        Assert.Empty(gbk.Problems);
        Assert.Equal(utf8.Orders, gbk.Orders);
    }

    [Fact]
    public void Order_numbers_guarded_against_spreadsheets_are_unwrapped()
    {
        var csv = Header + "\n"
            + "=\"3615280417723305921\",a,1,1,交易成功,,,2026-11-01 10:00:00,2026-11-01 10:00:00,2026-11-02 10:00:00,t,1,顺丰速运,SF1\n"
            + "'361528041772330592,b,1,1,交易成功,,,2026-11-01 10:00:00,,,t,1,,\n"
            + "\t3615280417723305923,c,1,1,交易成功,,,2026-11-01 10:00:00,,,t,1,,\n"
            + "\"=\"\"3615280417723305924\"\"\",d,1,1,交易成功,,,2026-11-01 10:00:00,,,t,1,,\n";

        var import = Read(csv);

        Assert.Empty(import.Problems);
        Assert.Equal(["3615280417723305921", "361528041772330592", "3615280417723305923", "3615280417723305924"], import.Orders.Select(o => o.OrderNumber));
    }

    [Fact]
    public void Reordered_and_extra_columns_are_tolerated_and_missing_optional_ones_read_as_empty()
    {
        var csv = "店铺名称,订单状态,宝贝标题,买家会员名,订单创建时间,订单编号\n"
            + "暖窝,等待买家付款,保温杯,tb_lily88,2026/11/22 8:40,3617004582210093348\n";

        var order = Assert.Single(Read(csv).Orders);

        Assert.Equal("tb_lily88", order.BuyerId);
        Assert.Equal(OrderStatus.AwaitingPayment, order.Status);
        Assert.Equal("保温杯", order.Title);
        Assert.Null(order.TrackingNumber);
        Assert.Null(order.PaidAt);
    }

    [Fact]
    public void Unreadable_rows_are_reported_with_line_and_reason_and_the_others_kept()
    {
        var csv = Header + "\n"
            + "3615280417723305921,a,10.00,10.00,交易成功,,,2026-11-01 10:00:00,,,t,1,,\n"
            + "12345,b,10.00,10.00,交易成功,,,2026-11-01 10:00:00,,,t,1,,\n"
            + "3615280417723305922,c,10.00,10.00,飞走了,,,2026-11-01 10:00:00,,,t,1,,\n"
            + "3615280417723305923,d,ten,10.00,交易成功,,,2026-11-01 10:00:00,,,t,1,,\n"
            + "3615280417723305924,e,10.00,10.00,交易成功,,,yesterday,,,t,1,,\n"
            + "3615280417723305921,f,10.00,10.00,交易成功,,,2026-11-01 10:00:00,,,t,1,,\n";

        var import = Read(csv);

        Assert.Equal(6, import.Rows);
        Assert.Equal("3615280417723305921", Assert.Single(import.Orders).OrderNumber);
        Assert.Equal([3, 4, 5, 6, 7], import.Problems.Select(p => p.Line));
        Assert.Contains("订单编号", import.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("飞走了", import.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Contains("买家应付货款", import.Problems[2].Reason, StringComparison.Ordinal);
        Assert.Contains("订单创建时间", import.Problems[3].Reason, StringComparison.Ordinal);
        Assert.Contains("twice", import.Problems[4].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_an_order_report_is_refused_as_a_whole()
    {
        var exception = Assert.Throws<InputFileException>(() => Read("姓名,电话\n张三,1\n"));

        Assert.Contains("订单编号", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refund_in_the_order_state_keeps_the_trade_state_from_the_ship_time()
    {
        var csv = Header + ",退款状态\n"
            + "3615280417723305921,a,10,10,退款中,,,2026-11-20 10:00:00,2026-11-20 10:00:00,,t,1,,,\n"
            + "3615280417723305922,a,10,10,退款中,,,2026-11-20 10:00:00,2026-11-20 10:00:00,2026-11-21 10:00:00,t,1,中通快递,7731,\n"
            + "3615280417723305923,a,10,10,\"卖家已发货，等待买家确认\",,,2026-11-20 10:00:00,2026-11-20 10:00:00,2026-11-21 10:00:00,t,1,中通快递,7731,买家已经申请退款，等待卖家同意\n"
            + "3615280417723305924,a,10,10,交易关闭,,,2026-11-20 10:00:00,2026-11-20 10:00:00,,t,1,,,退款成功\n";

        var orders = Read(csv).Orders;

        Assert.Equal(
            [(OrderStatus.AwaitingShipment, RefundStatus.InProgress), (OrderStatus.Shipped, RefundStatus.InProgress), (OrderStatus.Shipped, RefundStatus.InProgress), (OrderStatus.Closed, RefundStatus.Succeeded)],
            orders.Select(o => (o.Status, o.Refund)));
    }

    [Fact]
    public void Times_are_Shanghai_local_times_and_money_is_decimal_and_quoted_fields_keep_commas()
    {
        var csv = Header + "\n"
            + "3615280417723305921,a,¥1299.90,\"1,299.90\",交易成功,\"浙江省 杭州市, 西湖区\n3幢\",13800001111,2026-11-01 23:30:00,,,t,2,,\n";

        var order = Assert.Single(Read(csv).Orders);

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 15, 30, 0, TimeSpan.Zero), order.CreatedAt.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(8), order.CreatedAt.Offset);
        Assert.Equal(1299.90m, order.AmountDue);
        Assert.Equal(1299.90m, order.AmountPaid);
        Assert.Equal("浙江省 杭州市, 西湖区\n3幢", order.Address);
        Assert.Equal(2, order.Quantity);
    }

    [Fact]
    public void An_order_written_to_a_log_carries_no_phone_or_address()
    {
        var order = Assert.Single(Read(Header + "\n3615280417723305921,a,1,1,交易成功,杭州市文三路88号,13800001111,2026-11-01 10:00:00,,,t,1,,\n").Orders);

        Assert.DoesNotContain("13800001111", order.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("文三路", order.ToString(), StringComparison.Ordinal);
        Assert.Contains("3615280417723305921", order.ToString(), StringComparison.Ordinal);
    }

    private static OrderImport Read(string csv) => OrderExportReader.Read(Encoding.UTF8.GetBytes(csv), "test.csv");
}
