using System.Diagnostics;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Tests.Entities;

public sealed partial class MessageAnalyzerTests
{
    [Fact]
    public void An_empty_message_gives_empty_facts()
    {
        var facts = Analysis.Analyze(string.Empty);

        Assert.Empty(facts.OrderReferences);
        Assert.Null(facts.Address);
        Assert.Null(facts.Invoice);
        Assert.Empty(facts.Cues.Asserted);
        Assert.Empty(facts.Cues.Negated);
        Assert.False(facts.Cues.IsCorrection || facts.Cues.IsDeferral || facts.Cues.IsUrgent || facts.Cues.AlreadyReceived || facts.Cues.NotReceived);
    }

    [Fact]
    public void A_buyer_with_no_orders_gets_no_order_match()
    {
        var facts = Analysis.Analyzer.Analyze("第二个 杯子 尾号5921", [], Analysis.Now);

        Assert.Empty(facts.MatchedOrderNumbers);
        Assert.All(facts.OrderReferences, r => Assert.Empty(r.OrderNumbers));
    }

    [Fact]
    public void One_message_takes_well_under_a_millisecond()
    {
        string[] messages =
        [
            "改地址 上海市浦东新区张江路100号 王小明 13912345678",
            "收件人换成张三，电话139 1234 5678，地址北京朝阳区建国路88号",
            "不是退款，是催你们快点发货",
            "抬头是杭州晴川科技有限公司，税号91330106MA2B3C4D5D",
            "11月21号买的四件套，239那个",
            "现在不方便拍，晚点发",
        ];
        var orders = Analysis.OrdersOf(Analysis.Lily);
        foreach (var message in messages)
        {
            Analysis.Analyzer.Analyze(message, orders, Analysis.Now);
        }

        const int rounds = 200;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            foreach (var message in messages)
            {
                Analysis.Analyzer.Analyze(message, orders, Analysis.Now);
            }
        }

        var perMessage = watch.Elapsed / (rounds * messages.Length);
        Assert.True(perMessage < TimeSpan.FromMilliseconds(2), $"{perMessage.TotalMilliseconds:F3} ms per message");
    }
}
