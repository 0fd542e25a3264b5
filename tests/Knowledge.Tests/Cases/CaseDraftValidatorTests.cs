using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Tests.Cases;

public sealed class CaseDraftValidatorTests
{
    private const string Order = "3614119902035518774";

    [Theory]
    [InlineData("attachment:0123456789abcdef0123456789abcdef")]
    [InlineData("https://img.example/1.jpg")]
    public void A_photo_the_host_keeps_or_an_http_address_is_accepted(string photo) =>
        CaseDraftValidator.Validate(CaseDraft.ReturnOrExchange("橙子不酸", "c", Order, exchange: false, "碗碎了", [photo]));

    [Theory]
    [InlineData("attachment:../../appsettings.json")]
    [InlineData("attachment:0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("/v3/directline/conversations/c/attachments/0123456789abcdef0123456789abcdef")]
    [InlineData("javascript:alert(1)")]
    public void Any_other_photo_reference_is_refused(string photo) =>
        Assert.Throws<CaseDraftException>(() => CaseDraftValidator.Validate(CaseDraft.ReturnOrExchange("橙子不酸", "c", Order, exchange: false, "碗碎了", [photo])));

    [Fact]
    public void A_company_invoice_without_a_tax_number_is_refused() =>
        Assert.Throws<CaseDraftException>(() => CaseDraftValidator.Validate(
            CaseDraft.Invoice("橙子不酸", "c", Order, InvoiceTitleType.Company, "成都橙意科技有限公司", null, "a@b.cn", "电子发票")));

    [Fact]
    public void A_company_invoice_whose_tax_number_is_in_the_order_note_is_accepted_without_one() =>
        CaseDraftValidator.Validate(CaseDraft.Invoice(
            "橙子不酸", "c", Order, InvoiceTitleType.Company, "成都橙意科技有限公司", null, "a@b.cn", $"电子发票；{CaseDraft.TaxNumberInOrderNote}，请同事查出"));
}
