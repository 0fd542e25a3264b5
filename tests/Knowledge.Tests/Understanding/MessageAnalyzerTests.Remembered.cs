using System.Text.Json;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Tests.Entities;

public sealed partial class MessageAnalyzerTests
{
    [Fact]
    public void A_line_read_again_for_the_same_orders_and_day_is_the_same_reading()
    {
        var analyzer = MessageAnalyzer.Load(KnowledgeBase.Paths, KnowledgeBase.Normalizer);
        var orders = Analysis.OrdersOf(Analysis.Lily);

        var first = analyzer.Analyze("台灯那单帮我开个发票 另外羽绒服催一下", orders, Analysis.Now);
        var again = analyzer.Analyze("台灯那单帮我开个发票 另外羽绒服催一下", orders, Analysis.Now.AddHours(1));

        Assert.Same(first, again);
    }

    [Fact]
    public void A_line_read_for_other_orders_or_on_another_day_is_read_anew()
    {
        var analyzer = MessageAnalyzer.Load(KnowledgeBase.Paths, KnowledgeBase.Normalizer);
        var orders = Analysis.OrdersOf(Analysis.Lily);
        const string line = "昨天买的台灯明天之前要到";

        var lily = analyzer.Analyze(line, orders, Analysis.Now);
        var none = analyzer.Analyze(line, [], Analysis.Now);
        var copied = analyzer.Analyze(line, [.. orders], Analysis.Now);
        var nextWeek = analyzer.Analyze(line, orders, Analysis.Now.AddDays(7));

        Assert.NotEmpty(lily.MatchedOrderNumbers);
        Assert.Empty(none.MatchedOrderNumbers);
        Assert.NotSame(lily, copied);
        Assert.NotEqual(lily.Cues.Deadline, nextWeek.Cues.Deadline);
    }

    /// <summary>
    /// Lines of every intent's training file read by one analyzer for three lists of orders on two days, twice in
    /// different orders, give what an analyzer that never read them before gives for each.
    /// </summary>
    [Fact]
    public void Remembered_readings_are_the_readings_of_a_fresh_analyzer()
    {
        var lines = Directory.GetFiles(KnowledgeBase.Paths.Intents, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadLines(f).Where(l => l.Length > 0 && l[0] != '#').Take(60)).ToList();
        IReadOnlyList<Order>[] orderLists = [Analysis.OrdersOf(Analysis.Lily), Analysis.OrdersOf(Analysis.Wang), []];
        DateTimeOffset[] days = [Analysis.Now, Analysis.Now.AddDays(3)];
        var keys = (from line in lines from orders in orderLists from day in days select (line, orders, day)).ToList();
        var shared = MessageAnalyzer.Load(KnowledgeBase.Paths, KnowledgeBase.Normalizer);

        var firstPass = keys.Select(k => Json(shared.Analyze(k.line, k.orders, k.day))).ToList();
        var secondPass = Enumerable.Reverse(keys).Select(k => Json(shared.Analyze(k.line, k.orders, k.day))).Reverse().ToList();
        // One analyzer per list of orders and day: each reads every line once, so none can lend a reading to another key.
        var references = orderLists.SelectMany(o => days.Select(d => (o, d))).ToDictionary(p => p, _ => MessageAnalyzer.Load(KnowledgeBase.Paths, KnowledgeBase.Normalizer));
        var fresh = keys.Select(k => Json(references[(k.orders, k.day)].Analyze(k.line, k.orders, k.day))).ToList();

        Assert.Equal(fresh, firstPass);
        Assert.Equal(fresh, secondPass);
    }

    private static string Json(MessageFacts facts) => JsonSerializer.Serialize(facts);
}
