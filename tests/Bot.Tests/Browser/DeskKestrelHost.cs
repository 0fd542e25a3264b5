using ShopBot.Bot.Tests.Agents;

namespace ShopBot.Bot.Tests.Browser;

/// <summary>
/// The shipped host on real Kestrel with the two test agents and a short answer timeout (30 s, so the console warns
/// 15 s before), swept every second: the browser test watches a chat count down, warn and go back to the queue.
/// </summary>
public sealed class DeskKestrelHost : TemporaryHost
{
    public const int AnswerTimeoutSeconds = 30;

    public DeskKestrelHost()
        : base("shopbot-desk-", kestrel: true)
    {
    }

    public HttpClient NewClient() => new() { BaseAddress = Address };

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = ShippedBotSettings(Folder, AgentTestHost.Secret, SharedModelPath);
            settings["Consoles:Agents:0:Key"] = AgentTestHost.KeyA;
            settings["Consoles:Agents:0:AgentId"] = AgentTestHost.AgentA;
            settings["Consoles:Agents:0:Name"] = "测试客服甲";
            settings["Consoles:Agents:1:Key"] = AgentTestHost.KeyB;
            settings["Consoles:Agents:1:AgentId"] = AgentTestHost.AgentB;
            settings["Consoles:Agents:1:Name"] = "测试客服乙";
            settings["Consoles:EventPollInterval"] = "00:00:00.200";
            settings["Handoff:AgentAnswerTimeout"] = "00:00:" + AnswerTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Handoff:SweepInterval"] = "00:00:01";
            return settings;
        }
    }
}
