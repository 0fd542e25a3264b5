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
}
