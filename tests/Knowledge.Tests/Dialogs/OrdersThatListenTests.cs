using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>Orders found by what the buyer names, refunds withdrawn, shipping questions without notes, unpaid orders.</summary>
public sealed class OrdersThatListenTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Fact]
    public async Task A_refund_under_way_that_the_buyer_no_longer_wants_is_withdrawn_never_confirmed()
    {
        var buyer = harness.Start("tb_lily88");

        var outcome = await buyer.SayAsync("台灯那个退款我不想退了");

        Assert.Equal("refund_withdrawal.how_unshipped", outcome.Replies.Single().TemplateId);
        Assert.Contains("撤销", buyer.LastText);
        Assert.DoesNotContain("退款正在处理", buyer.LastText);
        Assert.Single(await buyer.CasesAsync(), c => c.Kind == CaseKind.RefundWithdrawal && c.OrderNumber == "3614452290037716845");
    }

    [Fact]
    public async Task A_refund_the_bot_recorded_in_this_conversation_is_withdrawn_when_the_buyer_clicked_it_by_mistake()
    {
        var buyer = harness.Start("阿福的杂货铺");
        await buyer.SayAsync("袜子不要了 退款");
        await buyer.SayAsync("拍错了");
        await buyer.SayAsync("还是要退款");

        var outcome = await buyer.SayAsync("算了我点错了 不退了");

        Assert.Equal("refund_withdrawal.withdrawn_here", outcome.Replies.Single().TemplateId);
        var refund = Assert.Single(await buyer.CasesAsync(), c => c.Kind == CaseKind.RefundRequest);
        Assert.NotEqual(CaseStatus.Open, refund.Status);
    }

    [Fact]
    public async Task Asking_when_an_order_ships_is_answered_with_the_window_and_writes_no_hurry_note()
    {
        var buyer = harness.Start("橙子不酸");

        await buyer.SayAsync("羽绒服什么时候发货");

        Assert.Contains("72小时", buyer.LastText);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task A_bag_named_in_one_word_is_the_unpaid_bag_order_never_a_list_of_others()
    {
        var buyer = harness.Start("tb_lily88");

        await buyer.SayAsync("我的包到哪了");

        Assert.Contains("3617004582210093348", buyer.LastText);
        Assert.Contains("付款", buyer.LastText);
        Assert.DoesNotContain("哪一笔", buyer.LastText);
    }

    [Fact]
    public async Task A_buyer_who_forgot_to_pay_hears_the_order_closed_for_non_payment_never_a_card_fee()
    {
        var buyer = harness.Start("橙子不酸");

        await buyer.SayAsync("我忘付款了 订单怎么没了");

        Assert.Contains("3609341187730269585", buyer.LastText);
        Assert.Contains("没有付款", buyer.LastText);
        Assert.DoesNotContain("手续费", buyer.LastText);
    }

    [Theory]
    [InlineData("帮我催一下", true)]
    [InlineData("什么时候发货啊 急用", true)]
    [InlineData("今天再不发货我就退款了", true)]
    [InlineData("什么时候发货", false)]
    [InlineData("发了吗", false)]
    [InlineData("枕套今天能发吗", false)]
    public void Only_a_request_to_hurry_counts_as_one(string text, bool asked) => Assert.Equal(asked, HurryAsk.IsAsked(text));

    [Fact]
    public void Words_that_only_contain_a_short_product_word_are_read_from_the_lexicon()
    {
        var path = Path.GetTempFileName();
        File.WriteAllLines(path, ["包\t托特包", "!包裹", "!包邮"]);
        try
        {
            var lexicon = ShopBot.Knowledge.Entities.ProductLexicon.Load(path);

            Assert.Equal(["托特包"], lexicon.Synonyms["包"]);
            Assert.Equal(["包裹", "包邮"], lexicon.NotProducts);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
