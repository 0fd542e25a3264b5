using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>What every turn respects: a question asked again is asked differently, a loop of the same words ends with a person.</summary>
public sealed class DialogHygieneTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Fact]
    public async Task A_question_asked_again_is_worded_differently()
    {
        var buyer = harness.Start("阿福的杂货铺");
        await buyer.SayAsync("3617051183306682495 要开发票");
        var first = buyer.LastText;

        await buyer.SayAsync("嗯？");

        Assert.Equal(DialogSteps.AskTitleType, buyer.State.Step);
        Assert.NotEqual(first, buyer.LastText);
    }

    [Fact]
    public async Task Saying_what_the_bot_cannot_do_counts_as_a_failed_turn_so_two_bring_a_person()
    {
        var buyer = harness.Start("一只小兔叽");

        var first = await buyer.SayAsync(Understood("今天天气怎么样", IntentIds.Other));
        var second = await buyer.SayAsync(Understood("你会唱歌吗", IntentIds.Other));

        Assert.Equal(1, first.ConsecutiveFailedTurns);
        Assert.Equal(2, second.ConsecutiveFailedTurns);
        Assert.NotEqual(first.Replies.Single().Text, second.Replies.Single().Text);
    }

    [Fact]
    public async Task A_request_confused_with_small_talk_is_confirmed_not_offered_as_saying_hello()
    {
        var buyer = harness.Start("一只小兔叽");
        var unclear = new Understanding("在吗 快递", "在吗 快递", [new IntentScore(IntentIds.Track, 0.4f), new IntentScore(IntentIds.Greeting, 0.35f)], false, TurnDecision.Clarify);

        await buyer.SayAsync(unclear);

        Assert.DoesNotContain("招呼", buyer.LastText, StringComparison.Ordinal);
        Assert.Contains("查询包裹物流", buyer.LastText, StringComparison.Ordinal);
        await buyer.SayAsync("是的");
        Assert.Contains("SF1428566013728", buyer.LastText, StringComparison.Ordinal);
    }

    private static Understanding Understood(string text, string intent) =>
        new(text, text, [new IntentScore(intent, 0.95f), new IntentScore(IntentIds.Greeting, 0.01f)], false, TurnDecision.Answer);
}
