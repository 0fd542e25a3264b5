namespace ShopBot.Knowledge.Tests.Entities;

public sealed partial class MessageAnalyzerTests
{
    [Theory]
    [InlineData("税号91370202MA3C8XYQ16", "91370202MA3C8XYQ16")]
    [InlineData("纳税人识别号 330106123456789", "330106123456789")]
    [InlineData("税号：33010612345678901234", "33010612345678901234")]
    [InlineData("公司抬头 青岛阿福商贸有限公司 税号91370202MA3C8XYQ16 邮箱afu@163.com", "91370202MA3C8XYQ16")]
    [InlineData("9133 0106 MA2B 3C4D 5D", "91330106MA2B3C4D5D")]
    [InlineData("税号 91330106-MA2B3C4D5D", "91330106MA2B3C4D5D")]
    public void A_tax_number_of_a_valid_length_and_check_is_taken(string text, string taxNumber)
    {
        var invoice = Analysis.Analyze(text).Invoice;

        Assert.NotNull(invoice);
        Assert.Equal((taxNumber, (string?)null), (invoice.TaxNumber, invoice.InvalidTaxNumber));
    }

    [Theory]
    [InlineData("税号91420100MA4K3L2X5", 17)]
    [InlineData("税号 91420100MA4K3L2X591", 19)]
    [InlineData("税号91370202MA3C8XYQ17", 18)]
    [InlineData("税号 9137020212345", 13)]
    public void A_tax_number_of_the_wrong_length_or_check_is_kept_aside_with_its_length(string text, int length)
    {
        var invoice = Analysis.Analyze(text).Invoice;

        Assert.NotNull(invoice);
        Assert.Null(invoice.TaxNumber);
        Assert.Equal(length, invoice.InvalidTaxNumber?.Length);
    }
}
