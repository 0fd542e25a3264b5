using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>
/// Questions answered while the buyer waits for a person (nothing started or recorded), and a partial refund with no sum
/// named, which asks for the sum instead of recording 0 元.
/// </summary>
public sealed class QueuedAnswersTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Fact]
    public async Task While_queued_where_a_refund_goes_is_told_from_the_order_and_the_policy_and_nothing_is_recorded()
    {
        var buyer = harness.Start("江南烟雨x");

        var answer = await AnswerWhileQueuedAsync(buyer, "钱会退到花呗吗 我用花呗付的");

        Assert.NotNull(answer);
        Assert.Contains(answer.Replies, r => r.TemplateId == "asides.refund_in_progress" && r.Text.Contains("3612640971123048856", StringComparison.Ordinal));
        Assert.Contains(answer.Replies, r => r.TemplateId == "asides.refund_to_huabei");
        Assert.Null(buyer.State.ActiveFlow);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Theory]
    [InlineData("人工客服")]
    [InlineData("在吗")]
    [InlineData("好的 我等着")]
    public async Task While_queued_a_request_for_a_person_or_a_plain_message_is_left_to_the_person(string line)
    {
        var buyer = harness.Start("江南烟雨x");

        Assert.Null(await AnswerWhileQueuedAsync(buyer, line));
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task A_partial_refund_with_no_sum_asks_for_it_and_records_the_sum_named_next_never_zero()
    {
        var buyer = harness.Start("江南烟雨x");

        await buyer.SayAsync("T恤能只退一部分钱吗");

        Assert.Contains(buyer.Last.Replies, r => r.TemplateId == "needs.partial_ask_sum");
        Assert.Empty(await buyer.CasesAsync());
        await buyer.SayAsync("30吧");
        var recorded = Assert.Single(await buyer.CasesAsync(), c => c.Kind == CaseKind.Compensation);
        Assert.Equal("3613007825516479930", recorded.OrderNumber);
        Assert.Contains("30元", recorded.Description, StringComparison.Ordinal);
    }

    private Task<DialogOutcome?> AnswerWhileQueuedAsync(ScriptedConversation buyer, string line) =>
        harness.Engine.AnswerWhileQueuedAsync(new DialogInput(buyer.ConversationId, buyer.BuyerId, line, [], harness.Understander.Understand(line)), buyer.State);
}
