using ShopBot.Bot.Tests.Channels;

namespace ShopBot.Bot.Tests.Trainers;

/// <summary>
/// A trainer host over a temporary knowledge base that buyers reach on Direct Line (the test client's secret), with an
/// agent key to show that only trainers open the review inbox.
/// </summary>
public sealed class ReviewHost : IDisposable
{
    public const string AgentKey = "review-agent-key-alpha-0123456789";

    public TrainerHost Host { get; } = new(kestrel: false, extraSettings: new Dictionary<string, string?>
    {
        ["DirectLine:Secret"] = TestHost.Secret,
        ["DirectLine:RateLimitPermits"] = "1000",
        ["Consoles:Agents:0:Key"] = AgentKey,
        ["Consoles:Agents:0:AgentId"] = "agent-review",
        ["Consoles:Agents:0:Name"] = "复核测试客服",
    });

    internal DirectLineTestClient DirectLine() => new(Host.CreateClient());

    public void Dispose() => Host.Dispose();
}
