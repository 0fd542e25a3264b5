using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>Known gaps of issue 11: a product named that no order holds, a confirmation after a record, reasons kept.</summary>
public sealed class ListenKnownGapsTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Theory]
    [InlineData("保温杯漏水了 不要退货 补偿点就行")]
    [InlineData("台灯坏了 要退款")]
    [InlineData("我的T恤到哪了")]
    [InlineData("浴巾想换个颜色")]
    public async Task A_product_no_order_of_the_buyer_holds_is_said_never_mapped_onto_another_order(string said)
    {
        var buyer = harness.Start("橙子不酸", $"unowned-{said.GetHashCode(StringComparison.Ordinal)}");
        var before = (await buyer.CasesAsync()).Count;

        var outcome = await buyer.SayAsync(said);

        Assert.Contains(outcome.Replies, r => r.TemplateId == "orders.ask_product_not_found");
        Assert.DoesNotContain("您说的应该是", buyer.LastText);
        Assert.DoesNotContain("按您说的情况", buyer.LastText);
        Assert.Equal(before, (await buyer.CasesAsync()).Count);
    }

    [Fact]
    public async Task A_product_the_buyer_does_own_is_still_found_by_its_word()
    {
        var buyer = harness.Start("橙子不酸", "owned-bowls");

        var outcome = await buyer.SayAsync("碗碎了一个 补偿点就行");
        await buyer.SayAsync("5块吧");

        Assert.DoesNotContain(outcome.Replies, r => r.TemplateId.StartsWith("orders.ask_product_not_found", StringComparison.Ordinal));
        Assert.Contains(await buyer.CasesAsync(), c => c.OrderNumber == "3614119902035518774");
    }

    [Fact]
    public async Task A_return_asked_again_in_a_later_chat_is_told_where_it_stands_without_photos_asked_again()
    {
        var first = harness.Start("tb_chen_77", "cup-first");
        await first.SayAsync("保温杯漏水了 要退货 照片晚点发");
        var recorded = Assert.Single(await first.CasesAsync(), c => c.Kind == CaseKind.Return);
        Assert.StartsWith("漏水：", recorded.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("破损", first.LastText);

        var later = harness.Start("tb_chen_77", "cup-later");
        var outcome = await later.SayAsync("保温杯漏水那个我还是要退货");

        Assert.Equal("quality_return.recorded_earlier", outcome.Replies.Last().TemplateId);
        Assert.DoesNotContain("照片发", later.LastText.Replace("照片方便的时候直接发", string.Empty, StringComparison.Ordinal));
        Assert.Empty(await later.CasesAsync());
    }

    [Theory]
    [InlineData("确定")]
    [InlineData("好的")]
    [InlineData("嗯嗯")]
    public async Task A_bare_confirmation_after_a_record_is_acknowledged_never_the_fallback(string said)
    {
        await harness.CloseOpenCasesAsync();
        var buyer = harness.Start("阿福的杂货铺", $"socks-{said}");
        await buyer.SayAsync("袜子不要了 直接退款");
        var before = (await buyer.CasesAsync()).Count;

        var outcome = await buyer.SayAsync(said);

        Assert.Equal("listen_known.recorded_confirmed", Assert.Single(outcome.Replies).TemplateId);
        Assert.Equal(before, (await buyer.CasesAsync()).Count);
    }

    [Fact]
    public async Task A_reason_given_after_the_refund_was_recorded_is_written_onto_the_open_refund()
    {
        await harness.CloseOpenCasesAsync();
        var buyer = harness.Start("tb_lily88", "bedding-reason");
        await buyer.SayAsync("四件套不要了 直接退款");

        var outcome = await buyer.SayAsync("因为尺码选错了");

        Assert.Equal("listen_known.refund_reason_updated", Assert.Single(outcome.Replies).TemplateId);
        var open = Assert.Single(await buyer.CasesAsync(), c => c.Kind == CaseKind.RefundRequest && c.Status == CaseStatus.Open);
        Assert.Equal("拍错或规格不对", open.Reason);
    }

    [Theory]
    [InlineData("保温杯漏水了", QualityProblem.Leaking)]
    [InlineData("盖子拧好了还是往外渗水", QualityProblem.Leaking)]
    [InlineData("杯子底下一直漏", QualityProblem.Leaking)]
    [InlineData("杯子摔裂了", QualityProblem.Damaged)]
    [InlineData("漏发了一个盘子", QualityProblem.Missing)]
    public void A_leak_is_a_problem_of_its_own_never_damage(string said, QualityProblem expected)
    {
        Assert.Equal(expected, QualityProblems.Of(said));
        Assert.Equal(expected == QualityProblem.Leaking, QualityProblems.Describe(expected, said).StartsWith("漏水", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tb_lily88", "四件套现在什么价", "listen_known.price_of_order", "239")]
    [InlineData("tb_lily88", "那个保温杯多少钱啊", "listen_known.price_of_order", "89")]
    [InlineData("橙子不酸", "台灯多少钱", "listen_known.price_unowned", "商品页")]
    public async Task A_price_question_about_a_product_is_answered_with_the_order_price_or_the_product_page(string buyerId, string said, string template, string shown)
    {
        var buyer = harness.Start(buyerId, $"price-{said}");

        var outcome = await buyer.SayAsync(said);

        Assert.Equal(template, Assert.Single(outcome.Replies).TemplateId);
        Assert.Contains(shown, buyer.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("价保期内降价", buyer.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("四件套的运费多少钱")]
    [InlineData("四件套降价了 能退差价吗")]
    public async Task Postage_and_price_drops_are_not_answered_with_the_order_price(string said)
    {
        var buyer = harness.Start("tb_lily88", $"not-price-{said}");

        var outcome = await buyer.SayAsync(said);

        Assert.DoesNotContain(outcome.Replies, r => r.TemplateId.StartsWith("listen_known.price", StringComparison.Ordinal));
    }
}
