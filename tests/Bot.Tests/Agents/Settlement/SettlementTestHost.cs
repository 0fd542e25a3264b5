using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.Tests.AfterSales;
using ShopBot.Knowledge.Cases;

namespace ShopBot.Bot.Tests.Agents.Settlement;

/// <summary>
/// The shipped bot with two agents, a supervisor and a trainer, and the cases of real buyer conversations: each test
/// gets its own host, so that cases, conversations and the day's register are its own.
/// </summary>
internal sealed class SettlementTestHost : IDisposable
{
    public const string KeyA = "settle-agent-key-alpha-0123456789";
    public const string AgentA = "agent-a";
    public const string KeyB = "settle-agent-key-bravo-0123456789";
    public const string AgentB = "agent-b";
    public const string SupervisorKey = "settle-supervisor-key-0123456789";
    public const string SupervisorId = "lead";
    public const string TrainerKey = "settle-trainer-key-0123456789abc";
    public const string Order = "3615280417723305921";

    private readonly AfterSalesHost _host = new(new Dictionary<string, string?>
    {
        ["Consoles:Agents:0:Key"] = KeyA,
        ["Consoles:Agents:0:AgentId"] = AgentA,
        ["Consoles:Agents:0:Name"] = "测试客服甲",
        ["Consoles:Agents:1:Key"] = KeyB,
        ["Consoles:Agents:1:AgentId"] = AgentB,
        ["Consoles:Agents:1:Name"] = "测试客服乙",
        ["Consoles:Supervisors:0:Key"] = SupervisorKey,
        ["Consoles:Supervisors:0:Name"] = "王主管",
        ["Consoles:Supervisors:0:AgentId"] = SupervisorId,
        ["Consoles:Trainers:0:Key"] = TrainerKey,
        ["Consoles:Trainers:0:Name"] = "测试培训师",
    });

    public IServiceProvider Services => _host.Services;

    public AfterSalesHost Host => _host;

    public AgentApiClient Agent(string? key) => new(_host.CreateClient(), key);

    /// <summary>A buyer who has said hello, so their conversation exists and can be told things.</summary>
    public async Task<BuyerConversation> BuyerAsync(string buyerId = "橙子不酸")
    {
        var buyer = await BuyerConversation.StartAsync(_host.DirectLine(), buyerId);
        await buyer.SayAsync("你好");
        return buyer;
    }

    /// <summary>Opens a case in the buyer's conversation, as a flow would.</summary>
    public Task<CaseRecord> OpenAsync(BuyerConversation buyer, CaseKind kind = CaseKind.Return, string buyerId = "橙子不酸") =>
        Services.GetRequiredService<ICaseStore>().OpenAsync(new CaseDraft(kind, buyerId, buyer.Id, Order) { Description = "杯盖裂了", Reason = "杯盖裂了" });

    public Task<HttpResponseMessage> SettleAsync(string key, string caseId, string json) =>
        Agent(key).SendAsync(HttpMethod.Post, $"cases/{caseId}/resolve", json);

    public void Dispose() => _host.Dispose();
}
