namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>A product none of the buyer's orders holds: said plainly once, then checked again in other words.</summary>
public sealed class UnownedGoodsTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Theory]
    [InlineData("上周买的电热毯咋还没到")]
    [InlineData("上週買的電熱毯咋還沒到")]
    [InlineData("我的T恤到哪了")]
    public async Task Goods_no_order_holds_are_said_plainly_with_what_the_account_bought(string said)
    {
        var buyer = harness.Start("小王爱购物", $"unowned-goods-{said.GetHashCode(StringComparison.Ordinal)}");

        var outcome = await buyer.SayAsync(said);

        Assert.Contains(outcome.Replies, r => r.TemplateId == "orders.ask_product_not_found");
        Assert.Contains("长绒棉浴巾", buyer.LastText);
        Assert.DoesNotContain("序号", buyer.LastText);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Theory]
    [InlineData("白色男款那个 圆领的")]
    [InlineData("你们再查查 我记得就是在你们家买的")]
    public async Task Describing_or_insisting_is_checked_again_never_put_on_an_order_sharing_a_colour(string said)
    {
        var buyer = harness.Start("小王爱购物", $"unowned-again-{said.GetHashCode(StringComparison.Ordinal)}");
        await buyer.SayAsync("T恤XL的太大了 能换成L吗");

        var outcome = await buyer.SayAsync(said);

        Assert.Contains(outcome.Replies, r => r.TemplateId == "orders.product_still_not_found");
        Assert.DoesNotContain("361477300218853046", buyer.LastText);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task Goods_likened_to_are_no_goods_named()
    {
        var buyer = harness.Start("tb_chen_77", "unowned-simile");

        var outcome = await buyer.SayAsync("上个月买的白T 洗了一次缩的跟童装一样");

        Assert.DoesNotContain(outcome.Replies, r => r.TemplateId.StartsWith("orders.ask_product_not_found", StringComparison.Ordinal));
        Assert.Contains(await buyer.CasesAsync(), c => c.OrderNumber == "3597720015326641808");
    }
}
