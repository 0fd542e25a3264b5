using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Tests.Orders;

public sealed class OrderStoreTests : IDisposable
{
    private const string Header = "订单编号,买家会员名,订单状态,订单创建时间,订单付款时间\n";
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("orders-kb-");
    private readonly FixedTimeProvider _time = new(FixedTimeProvider.SampleNow);

    public OrderStoreTests() => Directory.CreateDirectory(Path.Combine(_root.FullName, "orders"));

    private string ExportPath => Path.Combine(_root.FullName, "orders", "taobao-orders-sample.csv");

    [Fact]
    public void Replacing_the_export_file_replaces_the_orders_without_a_restart()
    {
        File.WriteAllText(ExportPath, Header + "3615280417723305921,tb_lily88,等待买家付款,2026-11-22 08:00:00,\n");
        var lookup = SampleOrders.Lookup(_time, paths: new KnowledgeBasePaths(_root.FullName));
        Assert.Single(lookup.OrdersOf("tb_lily88"));

        File.WriteAllText(ExportPath, Header
            + "3615280417723305921,tb_lily88,\"买家已付款，等待卖家发货\",2026-11-22 08:00:00,2026-11-22 08:01:00\n"
            + "3615280417723305922,tb_lily88,等待买家付款,2026-11-22 09:00:00,\n");
        File.SetLastWriteTimeUtc(ExportPath, DateTime.UtcNow.AddMinutes(1));
        _time.Advance(TimeSpan.FromSeconds(5));

        var orders = lookup.OrdersOf("tb_lily88");
        Assert.Equal(2, orders.Count);
        Assert.Equal(OrderStatus.AwaitingShipment, lookup.Find("tb_lily88", "3615280417723305921")!.Status);
    }

    [Fact]
    public void A_broken_re_import_keeps_the_orders_in_use()
    {
        File.WriteAllText(ExportPath, Header + "3615280417723305921,tb_lily88,等待买家付款,2026-11-22 08:00:00,\n");
        var lookup = SampleOrders.Lookup(_time, paths: new KnowledgeBasePaths(_root.FullName));
        Assert.Single(lookup.OrdersOf("tb_lily88"));

        File.WriteAllText(ExportPath, "this is not,an order report\n1,2\n");
        File.SetLastWriteTimeUtc(ExportPath, DateTime.UtcNow.AddMinutes(1));
        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Single(lookup.OrdersOf("tb_lily88"));
    }

    [Fact]
    public void The_sample_anchor_time_moves_the_sample_so_that_it_stays_meaningful_later()
    {
        var later = new FixedTimeProvider(FixedTimeProvider.SampleNow.AddDays(30));
        var shifted = SampleOrders.Lookup(later, new OrdersOptions { SampleAnchorTime = FixedTimeProvider.SampleNow });
        var unshifted = SampleOrders.Lookup(later);

        var order = shifted.Find("tb_lily88", "3615280417723305921")!;
        Assert.Equal(new DateTimeOffset(2026, 12, 21, 9, 30, 45, TimeSpan.FromHours(8)), order.PaidAt!.Value.ToOffset(TimeSpan.FromHours(8)));
        Assert.False(shifted.Facts(order).IsPastShippingPromise);
        Assert.True(unshifted.Facts(unshifted.Find("tb_lily88", "3615280417723305921")!).IsPastShippingPromise);
    }

    public void Dispose() => _root.Delete(recursive: true);
}
