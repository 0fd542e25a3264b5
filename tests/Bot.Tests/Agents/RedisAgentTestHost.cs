namespace ShopBot.Bot.Tests.Agents;

/// <summary>The agent test host on a real Redis under its own key prefix: hosts with the same prefix share everything.</summary>
public sealed class RedisAgentTestHost(string redisEndpoint, string keyPrefix) : TemporaryHost("shopbot-agents-redis-", kestrel: false)
{
    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = ShippedBotSettings(Folder, AgentTestHost.Secret, SharedModelPath);
            settings["ConnectionStrings:Redis"] = redisEndpoint;
            settings["Handoff:RedisKeyPrefix"] = keyPrefix;
            settings["Consoles:Agents:0:Key"] = AgentTestHost.KeyA;
            settings["Consoles:Agents:0:AgentId"] = AgentTestHost.AgentA;
            settings["Consoles:Agents:0:Name"] = "测试客服甲";
            return settings;
        }
    }
}
