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
}
