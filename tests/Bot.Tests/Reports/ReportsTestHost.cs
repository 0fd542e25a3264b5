using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.Records;
using ShopBot.Bot.Tests.AfterSales;
using ShopBot.Bot.Tests.Channels;
using ShopBot.Handoff.Desk;

namespace ShopBot.Bot.Tests.Reports;

/// <summary>The shipped bot with an agent, a supervisor and a trainer; in memory, or on real Kestrel for the browser.</summary>
public sealed class ReportsTestHost : TemporaryHost
{
    public const string AgentKey = "reports-agent-key-alpha-0123456789";
    public const string AgentId = "agent-a";
    public const string AgentName = "测试客服甲";
    public const string SupervisorKey = "reports-supervisor-key-0123456789";
    public const string SupervisorName = "王主管";
    public const string TrainerKey = "reports-trainer-key-0123456789abcd";

    public ReportsTestHost()
        : this(kestrel: false)
    {
    }

    internal ReportsTestHost(bool kestrel)
        : base("shopbot-reports-", kestrel)
    {
    }

    public AgentDesk Desk => Services.GetRequiredService<AgentDesk>();

    public IConversationRecords Records => Services.GetRequiredService<IConversationRecords>();

    internal DirectLineTestClient DirectLine() => new(CreateClient());

    public HttpClient WithKey(string? key)
    {
        var client = CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = ShippedBotSettings(Folder, TestHost.Secret, SharedModelPath);
            settings["Consoles:Agents:0:Key"] = AgentKey;
            settings["Consoles:Agents:0:AgentId"] = AgentId;
            settings["Consoles:Agents:0:Name"] = AgentName;
            settings["Consoles:Supervisors:0:Key"] = SupervisorKey;
            settings["Consoles:Supervisors:0:Name"] = SupervisorName;
            settings["Consoles:Supervisors:0:AgentId"] = "lead";
            settings["Consoles:Trainers:0:Key"] = TrainerKey;
            settings["Consoles:Trainers:0:Name"] = "测试培训师";
            return settings;
        }
    }
}
