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
}
