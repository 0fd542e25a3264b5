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

        Assert.Contains(outcome.Replies, r => r.TemplateId.StartsWith("orders.product_still_not_found", StringComparison.Ordinal));
        Assert.DoesNotContain("361477300218853046", buyer.LastText);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task Goods_awaited_list_every_kind_bought_and_the_paid_order_still_to_ship()
    {
        var buyer = harness.Start("tb_lily88", "unowned-awaited");

        var outcome = await buyer.SayAsync("我的拖鞋怎么还没发？？");

        var said = string.Concat(outcome.Replies.Select(r => r.Text));
        foreach (var goods in new[] { "帆布托特包", "加厚珊瑚绒四件套", "护眼台灯", "纯棉圆领短袖T恤", "长绒棉浴巾", "桑蚕丝枕套", "不锈钢保温杯" })
        {
            Assert.Contains(goods, said, StringComparison.Ordinal);
        }

        Assert.Contains(outcome.Replies, r => r.TemplateId.StartsWith("orders.unowned_unshipped", StringComparison.Ordinal));
        Assert.Contains("3615280417723305921", said, StringComparison.Ordinal);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task Told_again_right_after_the_list_the_list_is_not_said_twice()
    {
        var buyer = harness.Start("tb_lily88", "unowned-listed");
        await buyer.SayAsync("我的拖鞋怎么还没发？？");

        var outcome = await buyer.SayAsync("就前两天拍的那双棉拖鞋 38码");

        Assert.Contains(outcome.Replies, r => r.TemplateId == "orders.product_still_not_found_listed");
        Assert.DoesNotContain("长绒棉浴巾", buyer.LastText, StringComparison.Ordinal);
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
