namespace ShopBot.Bot.Tests.Agents;

/// <summary>Issue 11: the title, tax number and e-mail a buyer gave for an invoice are on the case the agent reads.</summary>
public sealed class InvoiceCaseApiTests(AgentTestHost host) : IClassFixture<AgentTestHost>
{
    private readonly HttpClient _http = host.NewClient();
    private readonly AgentApiClient _a = new(host.NewClient(), AgentTestHost.KeyA);

    [Fact]
    public async Task The_invoice_fields_a_buyer_gave_show_on_the_case_the_agent_reads()
    {
        var buyer = await TestBuyer.StartAsync(_http, "快乐的胖虎");
        await buyer.SayAsync("台灯开张电子发票 公司抬头 深圳市木棉电子有限公司 税号91440300MA5G2R8L4C 发到hu_tiger@sina.com");
        await buyer.SayAsync("人工客服");

        await _a.SetPresenceAsync("online");
        var view = await _a.ClaimAsync(buyer.ConversationId);

        var invoice = Assert.Single(view.Cases, c => c.Kind == "invoice_request");
        Assert.Equal("company", invoice.InvoiceTitleType);
        Assert.Equal("深圳市木棉电子有限公司", invoice.InvoiceTitle);
        Assert.Equal("91440300MA5G2R8L4C", invoice.TaxNumber);
        Assert.Equal("hu_tiger@sina.com", invoice.Email);
    }
}
