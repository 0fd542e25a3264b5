namespace ShopBot.Bot.Tests.Agents;

/// <summary>Issue 11: the parcel a buyer sent back, noted on the return case, is what the agent sees in the case record.</summary>
public sealed class ReturnParcelApiTests(AgentTestHost host) : IClassFixture<AgentTestHost>
{
    private readonly HttpClient _http = host.NewClient();
    private readonly AgentApiClient _a = new(host.NewClient(), AgentTestHost.KeyA);

    [Fact]
    public async Task The_return_parcel_a_buyer_gave_shows_on_the_case_the_agent_reads()
    {
        var buyer = await TestBuyer.StartAsync(_http, "一只小兔叽");
        await buyer.SayAsync("包的拉链坏了 要退货");
        await buyer.SayAsync("照片晚点发");
        await buyer.SayAsync("退货寄回去了 中通78312345678901");
        await buyer.SayAsync("人工客服");

        await _a.SetPresenceAsync("online");
        var view = await _a.ClaimAsync(buyer.ConversationId);

        var returned = Assert.Single(view.Cases, c => c.Kind == "return");
        Assert.Equal("中通快递 78312345678901", returned.ReturnParcel);
    }
}
