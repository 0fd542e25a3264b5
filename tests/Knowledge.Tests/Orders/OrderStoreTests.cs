using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
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
    public async Task Replacing_the_export_file_replaces_the_orders_without_a_restart()
    {
        File.WriteAllText(ExportPath, Header + "3615280417723305921,tb_lily88,等待买家付款,2026-11-22 08:00:00,\n");
        var lookup = SampleOrders.Lookup(_time, paths: new KnowledgeBasePaths(_root.FullName));
        Assert.Single(lookup.OrdersOf("tb_lily88"));

        File.WriteAllText(ExportPath, Header
            + "3615280417723305921,tb_lily88,\"买家已付款，等待卖家发货\",2026-11-22 08:00:00,2026-11-22 08:01:00\n"
            + "3615280417723305922,tb_lily88,等待买家付款,2026-11-22 09:00:00,\n");
        File.SetLastWriteTimeUtc(ExportPath, DateTime.UtcNow.AddMinutes(1));
        _time.Advance(TimeSpan.FromSeconds(5));

        // The reader that notices the change is answered at once; the new orders follow when they are read.
        await EventuallyAsync(() => lookup.OrdersOf("tb_lily88").Count == 2);
        Assert.Equal(OrderStatus.AwaitingShipment, lookup.Find("tb_lily88", "3615280417723305921")!.Status);
    }

    [Fact]
    public async Task A_broken_re_import_keeps_the_orders_in_use()
    {
        File.WriteAllText(ExportPath, Header + "3615280417723305921,tb_lily88,等待买家付款,2026-11-22 08:00:00,\n");
        var store = Store();
        Assert.Single(store.Current.OfBuyer("tb_lily88"));

        File.WriteAllText(ExportPath, "this is not,an order report\n1,2\n");
        File.SetLastWriteTimeUtc(ExportPath, DateTime.UtcNow.AddMinutes(1));
        await store.ReloadIfChangedAsync();

        Assert.Single(store.Current.OfBuyer("tb_lily88"));
    }

    [Fact]
    public async Task A_reader_is_answered_from_the_orders_in_use_while_the_re_imported_file_is_still_being_read()
    {
        File.WriteAllText(ExportPath, Header + "3615280417723305921,tb_lily88,等待买家付款,2026-11-22 08:00:00,\n");
        var store = Store();
        Assert.Single(store.Current.OfBuyer("tb_lily88"));

        // A named pipe stands in for a slow disk: reading it waits until something is written into it.
        File.Delete(ExportPath);
        using (var mkfifo = Process.Start("mkfifo", ExportPath))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Single(await Task.Run(() => store.Current.OfBuyer("tb_lily88")).WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Single(await Task.Run(() => store.Current.OfBuyer("tb_lily88")).WaitAsync(TimeSpan.FromSeconds(5)));
        var twoOrders = Header
            + "3615280417723305921,tb_lily88,\"买家已付款，等待卖家发货\",2026-11-22 08:00:00,2026-11-22 08:01:00\n"
            + "3615280417723305922,tb_lily88,等待买家付款,2026-11-22 09:00:00,\n";
        await Task.Run(() =>
        {
            using var pipe = new FileStream(ExportPath, FileMode.Open, FileAccess.Write);
            pipe.Write(Encoding.UTF8.GetBytes(twoOrders));
        }).WaitAsync(TimeSpan.FromSeconds(30));
        await EventuallyAsync(() => store.Current.OfBuyer("tb_lily88").Count == 2);
    }

    [Fact]
    public async Task Readers_during_re_imports_see_one_whole_export_or_the_other_never_part_of_one()
    {
        const int Many = 400;
        var one = Header + "3615280417723305921,tb_lily88,等待买家付款,2026-11-22 08:00:00,\n";
        var many = new StringBuilder(Header);
        for (var i = 0; i < Many; i++)
        {
            many.Append(3615280417723306000L + i).Append(",tb_lily88,等待买家付款,2026-11-22 08:00:00,\n");
        }

        File.WriteAllText(ExportPath, one);
        var store = Store();
        using var stop = new CancellationTokenSource();
        var seen = new ConcurrentDictionary<int, bool>();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var book = store.Current;
                var count = book.OfBuyer("tb_lily88").Count;
                Assert.True(count == book.Count && count is 1 or Many, $"a reader saw {count} of the buyer's orders in a book of {book.Count}");
                seen[count] = true;
            }
        })).ToArray();

        for (var round = 1; round <= 6; round++)
        {
            // Replaced as a re-import replaces it: written aside, then moved over the export in one step.
            var expected = round % 2 == 1 ? Many : 1;
            var aside = ExportPath + ".new";
            File.WriteAllText(aside, expected == Many ? many.ToString() : one);
            File.SetLastWriteTimeUtc(aside, DateTime.UtcNow.AddMinutes(round));
            File.Move(aside, ExportPath, overwrite: true);
            _time.Advance(TimeSpan.FromSeconds(5));
            await EventuallyAsync(() => store.Current.Count == expected);
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.True(seen.ContainsKey(1) && seen.ContainsKey(Many));
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

    private OrderStore Store() =>
        new(new KnowledgeBasePaths(_root.FullName), Options.Create(new OrdersOptions()), _time, NullLogger<OrderStore>.Instance);

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(20), "the store did not pick up the re-imported export");
            await Task.Delay(20);
        }
    }
}
