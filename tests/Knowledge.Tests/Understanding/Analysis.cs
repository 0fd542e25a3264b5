using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Tests.Orders;

namespace ShopBot.Knowledge.Tests.Entities;

/// <summary>The analyzer over the repository's lexicons, and the sample export's buyers, as of the sample's now.</summary>
internal static class Analysis
{
    public const string Lily = "tb_lily88";
    public const string Wang = "小王爱购物";

    private static readonly OrderLookup Lookup = SampleOrders.Lookup();

    public static MessageAnalyzer Analyzer { get; } = MessageAnalyzer.Load(KnowledgeBase.Paths, KnowledgeBase.Normalizer);

    /// <summary>Sunday 2026-11-22 10:00 in Shanghai.</summary>
    public static DateTimeOffset Now => FixedTimeProvider.SampleNow;

    public static IReadOnlyList<Order> OrdersOf(string buyer) => Lookup.OrdersOf(buyer);

    public static MessageFacts Analyze(string text, string buyer = Lily, DateTimeOffset? now = null) =>
        Analyzer.Analyze(text, OrdersOf(buyer), now ?? Now);

    /// <summary>Tests name orders by their last four digits; this finds the buyer's one.</summary>
    public static string Full(string buyer, string tail) => OrdersOf(buyer).Single(o => o.OrderNumber.EndsWith(tail, StringComparison.Ordinal)).OrderNumber;
}
