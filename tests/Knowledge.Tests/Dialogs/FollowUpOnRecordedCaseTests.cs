using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>Issue 11, follow-ups that lose the order or the case: an earlier record is found and told, the return parcel noted on it.</summary>
public sealed class FollowUpOnRecordedCaseTests
{
    private const string Bag = "3614900233781205627";

    [Fact]
    public async Task Money_asked_about_in_a_later_chat_is_answered_from_the_return_recorded_before()
    {
        using var harness = new DialogHarness();
        await harness.Cases.OpenAsync(CaseDraft.ReturnOrExchange("一只小兔叽", "earlier", Bag, exchange: false, "质量问题：拉链坏了", []));
        var later = harness.Start("一只小兔叽");

        await later.SayAsync("钱退了吗");

        Assert.Equal("case_followup.return_open_photos", later.Last.Replies.Single().TemplateId);
        Assert.Contains(Bag, later.LastText, StringComparison.Ordinal);
        Assert.Empty(await later.CasesAsync());
    }

    [Fact]
    public async Task A_return_parcel_given_in_a_later_chat_is_noted_on_the_return_and_told_back()
    {
        using var harness = new DialogHarness();
        var opened = await harness.Cases.OpenAsync(CaseDraft.ReturnOrExchange("一只小兔叽", "earlier", Bag, exchange: false, "质量问题：拉链坏了", []));
        var later = harness.Start("一只小兔叽");

        await later.SayAsync("退货寄回去了 中通78312345678901");
        await later.SayAsync("寄回去的收到了吗");

        var noted = await harness.Cases.GetAsync(opened.Id);
        Assert.Equal(("中通快递", "78312345678901"), (noted!.ReturnCarrier, noted.ReturnTrackingNumber));
        Assert.Equal("case_followup.return_parcel_on_way", later.Last.Replies.Single().TemplateId);
        Assert.Contains("78312345678901", later.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_follow_up_naming_a_product_uses_that_orders_case_not_the_newest_of_another()
    {
        using var harness = new DialogHarness();
        await harness.Cases.OpenAsync(CaseDraft.ReturnOrExchange("momo_2019", "earlier", "3600114978230644871", exchange: false, "无法使用：台灯不亮", []));
        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        await harness.Cases.OpenAsync(CaseDraft.ReturnOrExchange("momo_2019", "earlier", "3613820045529781104", exchange: false, "发错：颜色不对", []));
        var later = harness.Start("momo_2019");

        await later.SayAsync("台灯那个退款怎么样了");

        Assert.Contains("3600114978230644871", later.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("3613820045529781104", later.LastText, StringComparison.Ordinal);
    }
}
