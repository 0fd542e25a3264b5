namespace ShopBot.Knowledge.Tests.Screening;

/// <summary>The engine remembers its verdicts: the same text is judged once, and the remembered verdict is the fresh one.</summary>
public sealed class ScreenEngineMemoryTests
{
    [Theory]
    [InlineData("好的亲，消息已转给同事，请稍候，接入后会一并处理。")]
    [InlineData("亲,这款是最 * 好的")]
    [InlineData("电话 138 1234 5678 找我")]
    [InlineData("这是全网最低价，加微信转账更便宜")]
    public void A_text_screened_again_gets_the_remembered_verdict_which_is_the_fresh_one(string reply)
    {
        var engine = ScreeningFixture.NewScreen(ScreeningFixture.Paths).Engine;

        var first = engine.Screen(reply);
        var again = engine.Screen(reply);
        var fresh = engine.ScreenAfresh(reply);

        Assert.Same(first, again);
        Assert.Equal((fresh.Allowed, fresh.Rewrite), (again.Allowed, again.Rewrite));
        Assert.Equal(fresh.Violations, again.Violations);
    }

    [Fact]
    public void A_long_text_is_screened_afresh_each_time()
    {
        var engine = ScreeningFixture.NewScreen(ScreeningFixture.Paths).Engine;
        // Longer than the 1,000 characters the engine remembers.
        var reply = string.Concat(Enumerable.Repeat("亲，本店会在您付款后72小时内安排发货。", 60)) + "质量最好";

        var first = engine.Screen(reply);
        var again = engine.Screen(reply);

        Assert.NotSame(first, again);
        Assert.False(again.Allowed);
    }
}
