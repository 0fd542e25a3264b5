using Microsoft.Extensions.DependencyInjection;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>Answers that fit the situation: the shipping promise counted from payment, "still not here" asked again, postage on free-shipping orders, a second need without a connector.</summary>
public sealed class ListenSituationsTests : IDisposable
{
    private readonly DialogHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task A_parcel_marked_shipped_without_a_number_past_the_promise_is_overdue_with_an_urgent_note_and_no_person()
    {
        // T恤 of 江南烟雨x: paid 11-19 16:41, marked shipped 11-20 18:30, no number. Ten hours after the sample's moment
        // (once the orders are loaded, so they are not moved with the clock) it is 75 hours since payment.
        Assert.NotEmpty(_harness.Orders.OrdersOf("江南烟雨x"));
        _harness.Clock.Advance(TimeSpan.FromHours(10));
        var chat = _harness.Start("江南烟雨x");

        var outcome = await chat.SayAsync("T恤单号呢 怎么查不到");

        Assert.Contains("72小时", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("抱歉", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("属于正常", chat.LastText, StringComparison.Ordinal);
        Assert.True(outcome.PastShippingPromise);
        Assert.Null(outcome.FlowNeedsPerson);
        Assert.Contains(await chat.CasesAsync(), c => c.Kind == CaseKind.UrgentNote && c.OrderNumber == "3613007825516479930");
    }

    [Fact]
    public async Task A_parcel_handed_over_a_day_ago_without_a_number_is_not_called_normal_and_a_follow_up_is_recorded()
    {
        var chat = _harness.Start("江南烟雨x");

        var outcome = await chat.SayAsync("T恤单号呢 怎么查不到");

        // The policy says a few hours after pick-up; forty hours is not waited out, even within the shipping promise.
        Assert.Contains("不正常", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("再等一天", chat.LastText, StringComparison.Ordinal);
        Assert.Null(outcome.FlowNeedsPerson);
        Assert.Contains(await chat.CasesAsync(), c => c.Kind == CaseKind.LogisticsFollowUp && c.OrderNumber == "3613007825516479930");
    }

    [Fact]
    public async Task Still_not_here_within_the_regions_days_gets_the_days_then_a_follow_up_then_a_person()
    {
        var chat = _harness.Start("一只小兔叽");
        await chat.SayAsync("包到哪了");
        Assert.Contains("SF1428566013728", chat.LastText, StringComparison.Ordinal);

        // Two days after shipping to Beijing is inside the region's three to five days: the days, nothing recorded.
        var second = await chat.SayAsync("这么久了还没到");

        Assert.DoesNotContain("SF1428566013728", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("三到五天", chat.LastText, StringComparison.Ordinal);
        Assert.Null(second.FlowNeedsPerson);
        Assert.Empty(await chat.CasesAsync());

        var third = await chat.SayAsync("这么久了还没到");

        Assert.Null(third.FlowNeedsPerson);
        Assert.Contains(await chat.CasesAsync(), c => c.Kind == CaseKind.LogisticsFollowUp && c.OrderNumber == "3614900233781205627");

        var fourth = await chat.SayAsync("这么久了还没到");

        Assert.Equal(ShipmentAnswers.TrackingFollowUp, fourth.FlowNeedsPerson);
    }

    [Fact]
    public async Task Asking_for_the_number_again_gives_it_again_and_records_nothing()
    {
        var chat = _harness.Start("一只小兔叽");
        await chat.SayAsync("包到哪了");

        var again = await chat.SayAsync("单号再发我一下");

        Assert.Contains("SF1428566013728", chat.LastText, StringComparison.Ordinal);
        Assert.Null(again.FlowNeedsPerson);
        Assert.Empty(await chat.CasesAsync());
    }

    [Fact]
    public async Task Postage_asked_back_on_a_free_shipping_order_is_not_offered_as_compensation()
    {
        var chat = _harness.Start("快乐的胖虎");

        await chat.SayAsync("保温杯漏水 你们得赔我运费");

        Assert.Contains("包邮", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("10元以内", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("不超过这单的运费", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("不高于运费", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_different_requests_on_one_order_without_a_connector_are_two_needs()
    {
        var two = _harness.Services.GetRequiredService<NeedSplitter>().Split("羽绒服快点发，电话改成15011112222", "橙子不酸");

        Assert.NotNull(two);
        Assert.Equal((IntentIds.Hurry, IntentIds.ChangeAddress), (two.First.Intent, two.Second.Intent));
    }

    [Theory]
    [InlineData("橙子不酸", "地址填错了，帮我改一下")]
    [InlineData("一只小兔叽", "到哪了，怎么还没到")]
    public void The_same_request_said_twice_without_a_connector_stays_one_need(string buyer, string line)
    {
        Assert.Null(_harness.Services.GetRequiredService<NeedSplitter>().Split(line, buyer));
    }
}
