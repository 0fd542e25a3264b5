using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Tests.Orders;

/// <summary>The repository's knowledge base and the sample export, wired as the host wires them.</summary>
internal static class SampleOrders
{
    public static KnowledgeBasePaths Paths { get; } = KnowledgeBasePaths.Locate(null);

    public static string Utf8Path => Path.Combine(Paths.Orders, "taobao-orders-sample.csv");

    public static string GbkPath => Path.GetFullPath(Path.Combine(Paths.Root, "..", "tests", "Knowledge.Tests", "Orders", "taobao-orders-sample.gbk.csv"));

    public static TextNormalizer Normalizer { get; } = new(TraditionalSimplifiedMap.Load(Paths.TraditionalToSimplified));

    public static OrderLookup Lookup(TimeProvider? time = null, OrdersOptions? options = null, KnowledgeBasePaths? paths = null)
    {
        time ??= new FixedTimeProvider(FixedTimeProvider.SampleNow);
        var wrapped = Options.Create(options ?? new OrdersOptions());
        var store = new OrderStore(paths ?? Paths, wrapped, time, NullLogger<OrderStore>.Instance);
        return new OrderLookup(store, new OrderNumberExtractor(Normalizer), wrapped, time);
    }
}
