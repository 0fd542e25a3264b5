using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>A correction right after a flow about an order finished goes back to that flow, whatever the model makes of it.</summary>
public sealed class CorrectionAfterFlowTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Fact]
    public async Task A_wrong_email_corrected_after_the_invoice_was_recorded_replaces_the_request()
    {
        var buyer = harness.Start("阿福的杂货铺");
        await buyer.SayAsync("开个人发票 抬头傅阿福 邮箱afu@163.com 要台灯那单的");

        await buyer.SayAsync("不对 邮箱写错了 是afu_2020@163.com");

        Assert.Contains("afu_2020@163.com", buyer.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("哪一笔", buyer.LastText, StringComparison.Ordinal);
        var invoices = (await buyer.CasesAsync()).Where(c => c.Kind == CaseKind.InvoiceRequest).ToList();
        Assert.Equal(2, invoices.Count);
        Assert.Contains(invoices, c => (c.OrderNumber, c.Email, c.InvoiceTitle) == ("3599014460027713386", "afu_2020@163.com", "傅阿福"));
    }

    [Fact]
    public async Task A_need_moved_to_another_order_withdraws_what_was_recorded_on_the_wrong_one()
    {
        var buyer = harness.Start("快乐的胖虎");
        await buyer.SayAsync("杯子物流好几天没动了");

        await buyer.SayAsync("哦不对 是台灯那个 显示签收了但我没收到");

        Assert.Contains("撤回", buyer.LastText, StringComparison.Ordinal);
        var cases = await buyer.CasesAsync();
        Assert.Contains(cases, c => (c.Kind, c.OrderNumber, c.Status) == (CaseKind.LogisticsFollowUp, "3612271130485560917", CaseStatus.Cancelled));
        Assert.Contains(cases, c => (c.Kind, c.OrderNumber, c.Status) == (CaseKind.LostParcel, "3588802216754403318", CaseStatus.Open));
    }

    [Theory]
    [InlineData("說錯了 是杯子那個")]
    [InlineData("哦不對 是杯子")]
    public async Task A_correction_in_traditional_characters_tracks_the_corrected_order(string correction)
    {
        var buyer = harness.Start("小王爱购物");
        await buyer.SayAsync("浴巾到哪了");

        await buyer.SayAsync(correction);

        Assert.Contains("77312093354106", buyer.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_order_asked_for_after_tracking_one_tracks_the_other()
    {
        var buyer = harness.Start("momo_2019");
        await buyer.SayAsync("被套到哪了");

        await buyer.SayAsync("不是这单，是另一单");

        Assert.DoesNotContain("77312088145290", buyer.LastText, StringComparison.Ordinal);
        Assert.Contains("台灯", buyer.LastText, StringComparison.Ordinal);
    }
}
