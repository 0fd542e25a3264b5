
namespace ShopBot.Bot.Tests.Agents;

/// <summary>
/// The host as shipped (the real after-sales bot, the real reply screen, the real knowledge base) with two test agents,
/// business hours that cover the whole day, and its own model and upload folders.
/// </summary>
public sealed class AgentTestHost : TemporaryHost
{
    public const string Secret = "agent-tests-directline-secret-0123";
    public const string KeyA = "test-agent-key-alpha-0123456789";
    public const string AgentA = "agent-a";
    public const string KeyB = "test-agent-key-bravo-0123456789";
    public const string AgentB = "agent-b";
    public const int MaxReplyLength = 200;

    private readonly bool _kestrel;

    public AgentTestHost() : this(kestrel: false)
    {
    }

    internal AgentTestHost(bool kestrel)
        : base("shopbot-agents-", kestrel)
    {
        _kestrel = kestrel;
    }

    /// <summary>A client to the host: in memory, or over real Kestrel for hosts created with <c>kestrel: true</c>.</summary>
    public HttpClient NewClient() => _kestrel ? new HttpClient { BaseAddress = Address } : CreateClient();

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = ShippedBotSettings(Folder, Secret, SharedModelPath);
            settings["Consoles:Agents:0:Key"] = KeyA;
            settings["Consoles:Agents:0:AgentId"] = AgentA;
            settings["Consoles:Agents:0:Name"] = "测试客服甲";
            settings["Consoles:Agents:1:Key"] = KeyB;
            settings["Consoles:Agents:1:AgentId"] = AgentB;
            settings["Consoles:Agents:1:Name"] = "测试客服乙";
            settings["Consoles:MaxReplyLength"] = MaxReplyLength.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Consoles:MaxBodyBytes"] = "4096";
            settings["Consoles:EventPollInterval"] = "00:00:00.200";
            return settings;
        }
    }
}
