using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Tests.Entities;

public sealed partial class MessageAnalyzerTests
{
    private const string ValidCode = "91330106MA2B3C4D5D";

    [Theory]
    [InlineData("开发票 个人 林莉", InvoiceTitleType.Personal, "林莉")]
    [InlineData("個人 林莉", InvoiceTitleType.Personal, "林莉")]
    [InlineData("个人的，林莉", InvoiceTitleType.Personal, "林莉")]
    [InlineData("抬头写林莉", InvoiceTitleType.Personal, "林莉")]
    [InlineData("開個人發票 抬頭林莉", InvoiceTitleType.Personal, "林莉")]
    [InlineData("个人发票，抬头王小明，发到 lily@qq.com", InvoiceTitleType.Personal, "王小明")]
    [InlineData("抬头 林莉 刚说了呀", InvoiceTitleType.Personal, "林莉")]
    [InlineData("抬头是杭州晴川科技有限公司，税号91330106MA2B3C4D5D", InvoiceTitleType.Company, "杭州晴川科技有限公司")]
    [InlineData("帮我开张发票，公司抬头杭州晴川科技有限公司", InvoiceTitleType.Company, "杭州晴川科技有限公司")]
    [InlineData("发票抬头：晴川设计工作室", InvoiceTitleType.Company, "晴川设计工作室")]
    [InlineData("杭州开元贸易有限公司", InvoiceTitleType.Company, "杭州开元贸易有限公司")]
    [InlineData("开票的话抬头写西湖区文三路便利店", InvoiceTitleType.Company, "西湖区文三路便利店")]
    [InlineData("單位名稱 浙江大學醫學院附屬醫院", InvoiceTitleType.Company, "浙江大学医学院附属医院")]
    [InlineData("包包开张纸质发票 公司抬头 北京兔兔网络科技有限公司 税号91110105MA01RT6Y39 寄到收货地址就行", InvoiceTitleType.Company, "北京兔兔网络科技有限公司")]
    [InlineData("抬头北京兔兔网络科技有限公司 寄到收货地址", InvoiceTitleType.Company, "北京兔兔网络科技有限公司")]
    public void An_invoice_title_is_read_with_its_type(string text, InvoiceTitleType type, string title)
    {
        var invoice = Analysis.Analyze(text).Invoice;

        Assert.NotNull(invoice);
        Assert.Equal(type, invoice.TitleType);
        Assert.Equal(title, invoice.Title);
    }

    [Theory]
    [InlineData("公司", InvoiceTitleType.Company)]
    [InlineData("开公司的", InvoiceTitleType.Company)]
    [InlineData("单位报销用", InvoiceTitleType.Company)]
    [InlineData("企业抬头", InvoiceTitleType.Company)]
    [InlineData("个人", InvoiceTitleType.Personal)]
    [InlineData("开个人发票", InvoiceTitleType.Personal)]
    [InlineData("私人的就行", InvoiceTitleType.Personal)]
    public void The_title_type_alone_is_read_from_a_short_answer(string text, InvoiceTitleType type)
    {
        var invoice = Analysis.Analyze(text).Invoice;

        Assert.NotNull(invoice);
        Assert.Equal(type, invoice.TitleType);
        Assert.Null(invoice.Title);
    }

    [Theory]
    [InlineData("税号91330106MA2B3C4D5D", ValidCode)]
    [InlineData("税号：91330106ma2b3c4d5d", ValidCode)]
    [InlineData("纳税人识别号 ９１３３０１０６ＭＡ２Ｂ３Ｃ４Ｄ５Ｄ", ValidCode)]
    [InlineData("91110108MA0123456G", "91110108MA0123456G")]
    public void A_tax_number_with_a_right_check_character_is_taken(string text, string code)
    {
        var invoice = Analysis.Analyze(text).Invoice;

        Assert.NotNull(invoice);
        Assert.Equal(code, invoice.TaxNumber);
        Assert.Null(invoice.InvalidTaxNumber);
    }

    [Theory]
    [InlineData("税号91330106MA2B3C4D5X", "91330106MA2B3C4D5X")]
    [InlineData("税号是 91330106MA2B3C4D", "91330106MA2B3C4D")]
    public void A_tax_number_that_fails_the_check_is_kept_apart(string text, string code)
    {
        var invoice = Analysis.Analyze(text).Invoice;

        Assert.NotNull(invoice);
        Assert.Null(invoice.TaxNumber);
        Assert.Equal(code, invoice.InvalidTaxNumber);
    }

    [Theory]
    [InlineData("要纸质的", InvoiceMedium.Paper, null)]
    [InlineData("电子发票就行", InvoiceMedium.Electronic, null)]
    [InlineData("开专票", null, InvoiceKind.Special)]
    [InlineData("普票，电子的", InvoiceMedium.Electronic, InvoiceKind.Ordinary)]
    [InlineData("紙質專票", InvoiceMedium.Paper, InvoiceKind.Special)]
    public void Paper_or_electronic_and_ordinary_or_special_are_read(string text, InvoiceMedium? medium, InvoiceKind? kind)
    {
        var invoice = Analysis.Analyze(text).Invoice;

        Assert.NotNull(invoice);
        Assert.Equal(medium, invoice.Medium);
        Assert.Equal(kind, invoice.Kind);
    }

    [Fact]
    public void A_company_name_is_no_address_and_its_words_are_no_invoice_medium()
    {
        var facts = Analysis.Analyze("发票税号：91440300MA5FXXXX8K，抬头深圳市华创电子有限公司");

        Assert.Null(facts.Address);
        Assert.NotNull(facts.Invoice);
        Assert.Equal("深圳市华创电子有限公司", facts.Invoice.Title);
        Assert.Null(facts.Invoice.Medium);
        Assert.Equal("91440300MA5FXXXX8K", facts.Invoice.InvalidTaxNumber);
    }

    [Theory]
    [InlineData("你们开票主体是哪个公司")]
    [InlineData("发票可以寄到我老家吗，我人不在公司")]
    [InlineData("发票别跟货一起寄，单独寄到公司")]
    [InlineData("出差路上买的充电宝，麻烦开一张普通发票，抬头写单位名称")]
    [InlineData("抬头和税号都在备注里。麻烦按那个开普票")]
    public void A_sentence_about_a_company_is_no_company_title(string text)
    {
        Assert.Null(Analysis.Analyze(text).Invoice?.Title);
    }

    [Fact]
    public void A_special_invoice_is_a_company_one()
    {
        Assert.Equal(InvoiceTitleType.Company, Analysis.Analyze("开专票").Invoice?.TitleType);
    }

    [Theory]
    [InlineData("发票发到 lily88@163.com", "lily88@163.com")]
    [InlineData("邮箱：Lily.Lin@Example.com", "lily.lin@example.com")]
    public void An_email_for_the_invoice_is_read(string text, string email)
    {
        Assert.Equal(email, Analysis.Analyze(text).Invoice?.Email);
    }

    [Theory]
    [InlineData("林莉 刚说了呀")]
    [InlineData("我第一句就发了 你往上翻")]
    [InlineData("抬头刚说了呀")]
    [InlineData("你们公司怎么这样")]
    [InlineData("抬头就是我第一句发的那个")]
    public void A_complaint_is_never_taken_as_a_title(string text)
    {
        Assert.Null(Analysis.Analyze(text).Invoice?.Title);
    }

    [Fact]
    public void A_name_beside_a_complaint_is_offered_as_a_name_not_as_a_title()
    {
        var facts = Analysis.Analyze("林莉 刚说了呀");

        Assert.Null(facts.Invoice);
        Assert.Equal(["林莉"], facts.PersonNames);
    }

    [Theory]
    [InlineData("林莉", true)]
    [InlineData("欧阳娜娜", true)]
    [InlineData("杭州晴川科技有限公司", true)]
    [InlineData("晴川设计工作室", true)]
    [InlineData("刚说了呀", false)]
    [InlineData("林莉 刚说了呀", false)]
    [InlineData("我第一句就发了 你往上翻", false)]
    [InlineData("你们这什么破店", false)]
    [InlineData("帮我开公司", false)]
    [InlineData("公司", false)]
    [InlineData("好的", false)]
    [InlineData("个人", false)]
    public void A_raw_answer_is_checked_before_it_stands_as_a_title(string title, bool plausible)
    {
        Assert.Equal(plausible, InvoiceTitleCheck.IsPlausibleTitle(title));
    }
}
