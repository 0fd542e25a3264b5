using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class InvoiceFlowTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    private const string ValidCreditCode = "91330106MA2CFX3R5E";

    [Fact]
    public async Task A_company_invoice_collects_title_tax_number_and_email_and_refuses_a_malformed_tax_number()
    {
        var buyer = harness.Start("阿福的杂货铺");

        await buyer.SayAsync("3617051183306682495 这单要开发票");
        Assert.Equal("ask_title_type", buyer.State.Step);
        await buyer.SayAsync("公司");
        Assert.Equal("ask_title", buyer.State.Step);
        await buyer.SayAsync("杭州阿福贸易有限公司");
        Assert.Equal("ask_tax_number", buyer.State.Step);

        var malformed = await buyer.SayAsync("91330106MA2CFX3R5X");
        Assert.Equal("invoice.invalid_tax_number", malformed.Replies.Single().TemplateId);
        Assert.Equal(1, malformed.ConsecutiveFailedTurns);

        await buyer.SayAsync(ValidCreditCode);
        Assert.Equal("ask_email", buyer.State.Step);
        await buyer.SayAsync("发到 caiwu@afu-shop.cn");

        var request = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(CaseKind.InvoiceRequest, request.Kind);
        Assert.Equal(InvoiceTitleType.Company, request.InvoiceTitleType);
        Assert.Equal("杭州阿福贸易有限公司", request.InvoiceTitle);
        Assert.Equal(ValidCreditCode, request.TaxNumber);
        Assert.Equal("caiwu@afu-shop.cn", request.Email);
        Assert.Matches("免费|不收取", buyer.LastText);
    }

    [Fact]
    public async Task Fields_given_up_front_are_not_asked_again()
    {
        var buyer = harness.Start("一只小兔叽");

        await buyer.SayAsync("开个人发票，邮箱 tuzi@example.com");
        Assert.Equal("ask_title", buyer.State.Step);
        await buyer.SayAsync("李小兔");

        var request = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(InvoiceTitleType.Personal, request.InvoiceTitleType);
        Assert.Equal("tuzi@example.com", request.Email);
    }

    [Theory]
    [InlineData(ValidCreditCode, true)]
    [InlineData("91350100M000100Y43", true)]
    [InlineData("91330106MA2CFX3R5X", false)]
    [InlineData("91330106MA2CFX3R5", false)]
    [InlineData("9133010IMA2CFX3R5E", false)]
    [InlineData("3617051183306682495", false)]
    public void Unified_social_credit_codes_are_checked_by_their_check_character(string code, bool valid) =>
        Assert.Equal(valid, InvoiceFields.IsValidCreditCode(code));
}
