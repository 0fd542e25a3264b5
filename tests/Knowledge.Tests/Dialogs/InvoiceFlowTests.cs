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

    [Fact]
    public async Task A_complaint_pointing_back_takes_the_name_never_the_sentence()
    {
        var buyer = harness.Start("tb_lily88");

        await buyer.SayAsync("3598211106630842517 开个发票");
        await buyer.SayAsync("个人的");
        Assert.Equal("ask_title", buyer.State.Step);
        await buyer.SayAsync("林莉 刚说了呀");
        Assert.Equal("ask_email", buyer.State.Step);
        await buyer.SayAsync("lili_88@163.com");

        Assert.Equal("林莉", Assert.Single(await buyer.CasesAsync()).InvoiceTitle);
    }

    [Fact]
    public async Task A_title_step_answer_with_no_title_in_it_is_asked_differently_and_not_stored()
    {
        var buyer = harness.Start("tb_lily88");

        await buyer.SayAsync("3601877720418356603 开发票 个人抬头");
        var outcome = await buyer.SayAsync("抬头我第一句就发了 你往上翻");

        Assert.Equal("invoice.ask_title_again", outcome.Replies.Single().TemplateId);
        Assert.False(buyer.State.Values.ContainsKey("title"));
        Assert.Equal(1, outcome.ConsecutiveFailedTurns);
    }

    [Fact]
    public async Task Saying_it_is_a_company_after_a_personal_name_asks_for_the_company_name()
    {
        var buyer = harness.Start("江南烟雨x");

        await buyer.SayAsync("3611996043318805527 开发票 个人 沈烟");
        await buyer.SayAsync("不对 是公司");
        Assert.Equal("ask_title", buyer.State.Step);
        await buyer.SayAsync("苏州烟雨文化有限公司");
        await buyer.SayAsync(ValidCreditCode);
        await buyer.SayAsync("sy@163.com");

        var request = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(InvoiceTitleType.Company, request.InvoiceTitleType);
        Assert.Equal("苏州烟雨文化有限公司", request.InvoiceTitle);
    }

    [Fact]
    public async Task A_paper_invoice_is_posted_free_and_needs_no_email()
    {
        var buyer = harness.Start("momo_2019");

        await buyer.SayAsync("3616398001154720389 能开纸质发票吗 个人 莫默");

        var request = Assert.Single(await buyer.CasesAsync());
        Assert.Null(request.Email);
        Assert.Contains("纸质", request.Description, StringComparison.Ordinal);
        Assert.Contains("邮费", buyer.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_whether_it_is_issued_is_answered_from_the_request_without_recording_again()
    {
        await harness.Start("小王爱购物").SayAsync("361298811750204463 开个人发票 王小明 邮箱 wxm@qq.com");
        var buyer = harness.Start("小王爱购物");

        var outcome = await buyer.SayAsync("361298811750204463 发票开了吗");

        Assert.Equal("invoice.status_open", outcome.Replies.Single().TemplateId);
        Assert.Contains("wxm@qq.com", buyer.LastText, StringComparison.Ordinal);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task A_title_issued_wrongly_is_recorded_as_a_reissue_and_handed_to_a_person()
    {
        var buyer = harness.Start("快乐的胖虎");

        await buyer.SayAsync("3595512093301127446 发票开错了 开成个人了 应该开公司 广州胖虎餐饮管理有限公司 税号91110108MA01XYQ12M");
        var outcome = await buyer.SayAsync("hdz@sina.com");

        var request = Assert.Single(await buyer.CasesAsync());
        Assert.Equal("广州胖虎餐饮管理有限公司", request.InvoiceTitle);
        Assert.Contains("红冲", request.Description, StringComparison.Ordinal);
        Assert.Equal(InvoiceFlow.Reissue, outcome.FlowNeedsPerson);
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
