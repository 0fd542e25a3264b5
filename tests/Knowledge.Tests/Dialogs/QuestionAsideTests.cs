using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>A question asked while a flow waits is answered from the policies, and the flow waits on, untouched.</summary>
public sealed class QuestionAsideTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Fact]
    public async Task A_postage_question_while_photos_are_asked_for_is_answered_and_the_flow_keeps_waiting()
    {
        var buyer = harness.Start("快乐的胖虎");
        await buyer.SayAsync("四件套收到就破了个洞");
        Assert.Equal(DialogSteps.AskPhoto, buyer.State.Step);
        var order = buyer.State.OrderNumber;

        await buyer.SayAsync("退回去的运费谁出？");

        // The case's own postage answer (QualityReturnQuestions.TellPostage), with its order.
        Assert.Contains("质量问题", buyer.LastText, StringComparison.Ordinal);
        Assert.Contains(order!, buyer.Last.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(IntentIds.QualityReturn, buyer.State.ActiveFlow);
        Assert.Equal(DialogSteps.AskPhoto, buyer.State.Step);
        Assert.Equal(order, buyer.State.OrderNumber);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task The_flow_asks_again_in_other_words_after_each_question()
    {
        var buyer = harness.Start("阿福的杂货铺");
        await buyer.SayAsync("我要退款");
        Assert.Equal(DialogSteps.AskReason, buyer.State.Step);

        await buyer.SayAsync("退款的话多久能到账？");
        var firstResume = buyer.Last.Replies[^1].Text;
        await buyer.SayAsync("那钱退到哪里？");

        Assert.NotEqual(firstResume, buyer.Last.Replies[^1].Text);
        Assert.Equal(DialogSteps.AskReason, buyer.State.Step);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task After_a_question_inside_the_invoice_flow_a_tax_number_given_is_never_asked_for_as_if_it_were_not()
    {
        var buyer = harness.Start("tb_lily88");
        await buyer.SayAsync("四件套开个公司发票 杭州暖阳科技有限公司");
        await buyer.SayAsync("91330106MA2H123457");
        Assert.Equal(DialogSteps.AskTaxNumber, buyer.State.Step);

        await buyer.SayAsync("多久能开好？");

        Assert.Contains("校验", buyer.Last.Replies[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("方便发一下吗", buyer.Last.Replies[^1].Text, StringComparison.Ordinal);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task An_answer_to_the_flow_is_never_taken_for_a_question()
    {
        var buyer = harness.Start("阿福的杂货铺");
        await buyer.SayAsync("我要退款");

        await buyer.SayAsync("拍错了，能退吗？");

        Assert.Equal(DialogSteps.AfterRetention, buyer.State.Step);
    }

    [Fact]
    public async Task Asked_whether_a_machine_answers_the_bot_says_so_without_a_person()
    {
        var buyer = harness.Start("tb_lily88");

        var outcome = await buyer.SayAsync(new Understanding("你是真人吗？", "你是真人吗?", [new IntentScore(IntentIds.Human, 0.9f)], true, TurnDecision.Answer));

        Assert.False(outcome.BuyerAskedForPerson);
        Assert.Contains("人工客服", buyer.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_order_never_paid_needs_no_refund()
    {
        var buyer = harness.Start("橙子不酸");

        await buyer.SayAsync("3609341187730269585这单退款");

        Assert.Contains("没有付", buyer.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("重新", buyer.LastText, StringComparison.Ordinal);
        Assert.Empty(await buyer.CasesAsync());
    }
}
