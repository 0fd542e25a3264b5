using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>
/// What the buyer says after an answer: a request to act is acted on (never thanked for), a pushback is never met
/// with a sentence already sent, a refusal of a person keeps the bot talking, and door-side damage is refused.
/// </summary>
public sealed class FollowUpTests(DialogHarness harness) : IClassFixture<DialogHarness>, IAsyncLifetime
{
    public Task InitializeAsync() => harness.CloseOpenCasesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("帮我联系一下快递", FollowUpRequest.ContactCourier)]
    [InlineData("你们帮我联系", FollowUpRequest.CarryOn)]
    [InlineData("那你帮我催一下", FollowUpRequest.Hurry)]
    [InlineData("补偿几块就行", FollowUpRequest.Compensate)]
    [InlineData("行，补偿几块就行", FollowUpRequest.Compensate)]
    [InlineData("麻烦帮我处理一下", FollowUpRequest.CarryOn)]
    public void Request_words_are_read_as_a_request(string text, FollowUpRequest expected)
    {
        Assert.Equal(expected, FollowUpRequests.Of(KnowledgeBase.Normalizer.Normalize(text)));
    }

    [Theory]
    [InlineData("谢谢")]
    [InlineData("好的 知道了")]
    [InlineData("不用了 谢谢")]
    [InlineData("没事了 拜拜")]
    public void Thanks_and_goodbyes_are_no_request(string text)
    {
        Assert.Null(FollowUpRequests.Of(KnowledgeBase.Normalizer.Normalize(text)));
    }

    [Fact]
    public async Task Asking_to_contact_the_courier_after_a_tracking_answer_opens_a_follow_up_and_is_not_thanked_for()
    {
        var buyer = harness.Start("一只小兔叽");
        await buyer.SayAsync("我的快递到哪了");

        await buyer.SayAsync(Understood("帮我联系一下快递", IntentIds.Thanks));

        Assert.DoesNotContain("应该的", buyer.LastText, StringComparison.Ordinal);
        Assert.Contains(await buyer.CasesAsync(), c => c.Kind == CaseKind.LogisticsFollowUp && c.OrderNumber == "3614900233781205627");
    }

    [Fact]
    public async Task A_request_the_cues_read_as_a_refusal_is_not_answered_as_nothing_to_do()
    {
        var buyer = harness.Start("一只小兔叽");
        await buyer.SayAsync("我的快递到哪了");

        await buyer.SayAsync("那你帮我催一下");

        Assert.DoesNotContain("不用办了", buyer.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("不用处理", buyer.LastText, StringComparison.Ordinal);
        Assert.Contains(await buyer.CasesAsync(), c => c.Kind == CaseKind.LogisticsFollowUp);
    }

    [Fact]
    public async Task A_buyer_pushing_again_and_again_never_reads_the_same_reply_twice_and_gets_a_person()
    {
        var buyer = harness.Start("tb_lily88");
        var said = new List<string>();
        DialogOutcome? last = null;
        for (var push = 0; push < 4; push++)
        {
            last = await buyer.SayAsync("3615280417723305922 到哪了");
            said.AddRange(last.Replies.Select(r => r.Text));
        }

        Assert.Equal(said.Count, said.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(FlowContext.SaidAlready, last!.FlowNeedsPerson);
    }

    [Fact]
    public async Task A_reply_from_two_turns_back_is_not_sent_again()
    {
        var buyer = harness.Start("tb_lily88");
        await buyer.SayAsync("3615280417723305922 到哪了");
        var first = buyer.LastText;
        await buyer.SayAsync("3614452290037716845 到哪了");

        await buyer.SayAsync("3615280417723305922 到哪了");

        Assert.NotEqual(first, buyer.LastText);
        Assert.Contains("SF1428573690214", buyer.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fresh_parcel_without_a_number_is_explained_once_then_followed_up_by_a_person()
    {
        var buyer = harness.Start("tb_chen_77");
        var first = await buyer.SayAsync("3616605521893307714 单号呢");
        Assert.Null(first.FlowNeedsPerson);

        var again = await buyer.SayAsync("3616605521893307714 怎么还是查不到单号");

        Assert.Equal(ShipmentAnswers.TrackingFollowUp, again.FlowNeedsPerson);
        Assert.DoesNotContain("几个小时", buyer.LastText, StringComparison.Ordinal);
        Assert.Contains(await buyer.CasesAsync(), c => c.Kind == CaseKind.LogisticsFollowUp && c.OrderNumber == "3616605521893307714");
    }

    [Theory]
    [InlineData("快递员在门口 箱子都湿透了 还没签收 要不要收")]
    [InlineData("外箱压扁了 我还没签 能拒收吗")]
    [InlineData("包裹到了 纸箱破了一个大口子 还没拆")]
    public void Damage_seen_before_signing_is_door_side(string text)
    {
        Assert.True(TrackSituations.IsDoorSideDamage(KnowledgeBase.Normalizer.Normalize(text)));
    }

    [Theory]
    [InlineData("拆开发现箱子压扁了 碗碎了")]
    [InlineData("收到了 打开一看杯子裂了")]
    [InlineData("快递到哪了")]
    public void Damage_found_after_opening_or_no_damage_is_not_door_side(string text)
    {
        Assert.False(TrackSituations.IsDoorSideDamage(KnowledgeBase.Normalizer.Normalize(text)));
    }

    [Fact]
    public async Task Door_side_damage_is_refused_and_recorded_as_transit_damage()
    {
        var buyer = harness.Start("橙子不酸");

        await buyer.SayAsync("快递员在门口 箱子都湿透了 还没签收 要不要收");

        Assert.Contains("拒收", buyer.LastText, StringComparison.Ordinal);
        Assert.Contains(await buyer.CasesAsync(), c => c.Kind == CaseKind.LogisticsFollowUp && c.OrderNumber == "3614119902035518774");
    }

    [Fact]
    public async Task A_buyer_who_refuses_a_person_is_answered_by_the_bot()
    {
        var buyer = harness.Start("一只小兔叽");
        var refusal = harness.Understander.Understand("别给我转人工") with { Scores = [new IntentScore(IntentIds.Human, 0.97f), new IntentScore(IntentIds.Other, 0.01f)] };

        var outcome = await buyer.SayAsync(refusal);

        Assert.True(refusal.HandoffRefused);
        Assert.False(outcome.BuyerAskedForPerson);
        Assert.Null(outcome.FlowNeedsPerson);
    }

    [Fact]
    public async Task Accepting_the_offered_compensation_records_it_within_what_the_bot_may_grant()
    {
        var buyer = harness.Start("快乐的胖虎");
        await buyer.SayAsync("3600982367712290435 杯子有划痕 能补偿点吗");

        await buyer.SayAsync("可以");

        var compensation = Assert.Single(await buyer.CasesAsync(), c => c.Kind == CaseKind.Compensation);
        Assert.Equal("3600982367712290435", compensation.OrderNumber);
        Assert.Contains("10", buyer.LastText, StringComparison.Ordinal);
    }

    private static Understanding Understood(string text, string intent) =>
        new(text, text, [new IntentScore(intent, 0.95f), new IntentScore(IntentIds.Greeting, 0.01f)], false, TurnDecision.Answer);
}
