using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>Details the buyer gives at once are used at once: nothing is asked again and the records hold them.</summary>
public sealed class DetailsUpFrontTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    private const string AfuCode = "91370202MA3C8XYQ16";

    [Fact]
    public async Task An_invoice_with_every_field_and_the_order_named_by_product_is_recorded_in_one_turn()
    {
        var buyer = harness.Start("阿福的杂货铺");

        await buyer.SayAsync($"台灯那一单开个电子发票，企业抬头 青岛阿福商贸有限公司 税号{AfuCode} 邮箱afu@163.com");

        var request = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(
            (CaseKind.InvoiceRequest, "3599014460027713386", InvoiceTitleType.Company, "青岛阿福商贸有限公司", AfuCode, "afu@163.com"),
            (request.Kind, request.OrderNumber, request.InvoiceTitleType, request.InvoiceTitle, request.TaxNumber, request.Email));
        Assert.DoesNotMatch("哪一笔|哪个订单|抬头是|税号是", buyer.LastText);
    }

    [Fact]
    public async Task A_tax_number_one_character_short_is_named_with_its_length_and_the_rest_is_kept()
    {
        var buyer = harness.Start("tb_chen_77");

        var turn = await buyer.SayAsync("T恤那单开发票 公司抬头 武汉晨光科技有限公司 税号91420100MA4K3L2X5 发到chen@qq.com");
        // The title and e-mail given with it are said back in the same bubble, so only the tax number is asked again.
        Assert.Equal(new[] { "invoice.kept_title_email_tax_number_length" }, turn.Replies.Select(r => r.TemplateId));
        Assert.Contains("17位", buyer.LastText, StringComparison.Ordinal);
        Assert.Empty(await buyer.CasesAsync());

        await buyer.SayAsync("不好意思 是91420100MA4K3L2X59");

        var request = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(("3597720015326641808", "武汉晨光科技有限公司", "91420100MA4K3L2X59", "chen@qq.com"), (request.OrderNumber, request.InvoiceTitle, request.TaxNumber, request.Email));
    }

    [Fact]
    public async Task An_accepted_compensation_is_recorded_with_its_amount()
    {
        var buyer = harness.Start("一只小兔叽");

        await buyer.SayAsync("托特包有点脏 补偿5块就行");

        var compensation = Assert.Single(await buyer.CasesAsync());
        Assert.Equal((CaseKind.Compensation, 5m), (compensation.Kind, compensation.Compensation));
    }

    [Fact]
    public async Task A_wrong_phone_after_the_address_was_recorded_changes_only_the_phone()
    {
        var buyer = harness.Start("小王爱购物");

        await buyer.SayAsync("羽绒服改地址：收件人李四，电话13698765432，上海浦东新区张江路100弄5号");
        await buyer.SayAsync("电话写错了，是13698765433");

        var latest = (await buyer.CasesAsync()).Where(c => c.Kind == CaseKind.AddressChange).OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id, StringComparer.Ordinal).First();
        Assert.StartsWith("新地址：李四 13698765433 上海市浦东新区张江路100弄5号", latest.Description, StringComparison.Ordinal);
        Assert.DoesNotMatch("发给我|省市区", buyer.LastText);
    }
}
