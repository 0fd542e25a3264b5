using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>
/// The order the buyer means kept when its state does not fit the guessed flow, invoice titles given up front, tax
/// numbers confirmed from the recorded request, a failed check named as a typo.
/// </summary>
public sealed class OrdersMeantAndInvoicesConfirmedTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Fact]
    public async Task A_nickname_set_apart_after_geren_in_the_opening_is_the_title_and_is_never_asked_for()
    {
        var buyer = harness.Start("阿福的杂货铺");

        await buyer.SayAsync("袜子那单开张电子票 个人 阿福哥 发afu2020@126.com");

        var request = Assert.Single(await buyer.CasesAsync(), c => c.Kind == CaseKind.InvoiceRequest);
        Assert.Equal(InvoiceTitleType.Personal, request.InvoiceTitleType);
        Assert.Equal("阿福哥", request.InvoiceTitle);
        Assert.DoesNotContain("抬头发给我", buyer.LastText);
    }

    [Fact]
    public async Task A_bare_nickname_answering_the_title_question_is_the_title()
    {
        var buyer = harness.Start("橙子不酸");
        await buyer.SayAsync("羽绒服想要发票");
        await buyer.SayAsync("个人的");
        Assert.Equal(DialogSteps.AskTitle, buyer.State.Step);

        await buyer.SayAsync("小橙橙");

        Assert.Equal(DialogSteps.AskEmail, buyer.State.Step);
        await buyer.SayAsync("cz2020@qq.com");
        Assert.Equal("小橙橙", Assert.Single(await buyer.CasesAsync(), c => c.Kind == CaseKind.InvoiceRequest).InvoiceTitle);
    }

    [Fact]
    public async Task Asking_whether_the_tax_number_is_on_record_is_answered_from_the_request_and_records_nothing_more()
    {
        var buyer = harness.Start("momo_2019");
        var registered = await buyer.SayAsync("台灯那单开公司的纸质票 上海张杨贸易有限公司 税号91310115MA1K4B7Q28");
        Assert.Contains(registered.Replies, r => r.TemplateId == "invoice.requested_paper_company");
        Assert.Contains("91310115MA1K4B7Q28", buyer.LastText);

        var asked = await buyer.SayAsync("税号你登记进去没");

        Assert.Equal("invoice.tax_on_record", asked.Replies.Single().TemplateId);
        Assert.Contains("91310115MA1K4B7Q28", buyer.LastText);
        Assert.Single(await buyer.CasesAsync(), c => c.Kind == CaseKind.InvoiceRequest);
    }

    [Fact]
    public async Task A_tax_number_of_the_right_length_failing_its_check_is_called_a_typo_not_a_wrong_format()
    {
        var buyer = harness.Start("快乐的胖虎");

        await buyer.SayAsync("四件套开个公司发票 成都玉林文化有限公司 税号91510107MA6C8D2X4D 邮箱hu2020@sina.com");

        Assert.Contains("打错", buyer.LastText);
        Assert.DoesNotContain("18位数字和大写字母", buyer.LastText);
        Assert.DoesNotContain(await buyer.CasesAsync(), c => c.Kind == CaseKind.InvoiceRequest);
    }

    [Fact]
    public async Task An_address_change_on_the_shipped_order_in_focus_is_answered_for_it_never_switched_to_an_unshipped_one()
    {
        var buyer = harness.Start("momo_2019");
        await buyer.SayAsync("四件套到哪了 白天家里没人");

        var outcome = await buyer.SayAsync("那帮我把地址改到单位去");

        Assert.Contains(outcome.Replies, r => r.TemplateId == "change_address.after_shipment");
        Assert.DoesNotContain(outcome.Replies, r => r.TemplateId.StartsWith("orders.", StringComparison.Ordinal));
        Assert.DoesNotContain("3616398001154720389", buyer.LastText);
    }

    [Theory]
    [InlineData("台灯退款多久到账 我是储蓄卡付的", "asides.refund_to_debit_card", "1到7个工作日")]
    [InlineData("台灯的退款几天能到 付款用的信用卡", "asides.refund_to_credit_card", "15个工作日")]
    public async Task Refund_timing_names_the_window_of_the_way_the_buyer_paid(string line, string template, string window)
    {
        var buyer = harness.Start("tb_lily88");

        var outcome = await buyer.SayAsync(line);

        Assert.Contains(outcome.Replies, r => r.TemplateId == template);
        Assert.Contains(window, buyer.LastText);
    }

    [Fact]
    public async Task A_number_missing_longer_than_the_usual_few_hours_gets_a_follow_up_note_not_wait_a_few_hours()
    {
        var buyer = harness.Start("小王爱购物");

        var outcome = await buyer.SayAsync("浴巾说发了 单号到现在都没有");

        Assert.Equal("track.shipped_no_tracking_hours_passed", outcome.Replies.Single().TemplateId);
        Assert.Single(await buyer.CasesAsync(), c => c.Kind == CaseKind.LogisticsFollowUp && c.OrderNumber == "361298811750204463");
    }

    [Theory]
    [InlineData("不是浴巾 是保温杯", "浴巾", true)]
    [InlineData("浴巾地址不改 改保温杯", "浴巾", true)]
    [InlineData("是不是浴巾那单", "浴巾", false)]
    [InlineData("浴巾到哪了", "浴巾", false)]
    public void A_mention_the_buyer_says_is_not_meant_is_denied(string text, string mention, bool denied) =>
        Assert.Equal(denied, OrderResolver.Denied(text, mention));
}
