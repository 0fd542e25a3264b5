using ShopBot.Bot.Tests.Channels;

namespace ShopBot.Bot.Tests.Browser;

/// <summary>The shipped host on real Kestrel, on a Redis of the test's own that the test crashes and restarts, with one agent.</summary>
internal sealed class OutageKestrelHost(string redis) : TemporaryHost("shopbot-outage-page-", kestrel: true)
{
    public const string AgentKey = "outage-console-agent-key-0123456789";

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = ShippedBotSettings(Folder, TestHost.Secret, SharedModelPath);
            settings["ConnectionStrings:Redis"] = redis;
            settings["Handoff:RedisKeyPrefix"] = $"outage-page-{Guid.NewGuid():N}";
            settings["Redis:OperationTimeout"] = "00:00:01";
            settings["Consoles:Agents:0:Key"] = AgentKey;
            settings["Consoles:Agents:0:AgentId"] = "agent-outage";
            settings["Consoles:Agents:0:Name"] = "停机测试客服";
            settings["Consoles:EventPollInterval"] = "00:00:00.200";
            return settings;
        }
    }
}
