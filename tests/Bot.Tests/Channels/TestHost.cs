using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using ShopBot.Bot.Turns;
using ShopBot.Knowledge.Screening;

namespace ShopBot.Bot.Tests.Channels;

/// <summary>The host with the test bot and screen, in Development, with its own upload and log folders.</summary>
internal sealed class TestHost : TemporaryHost
{
    public const string Secret = "test-directline-secret-0123456789";

    private readonly Dictionary<string, string?> _settings;

    public TestHost(IDictionary<string, string?>? settings = null, bool kestrel = false)
        : base("shopbot-channels-", kestrel)
    {
        _settings = new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:MaxTextLength"] = "500",
            ["DirectLine:RateLimitPermits"] = "1000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public LogCapture Logs { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => _settings;

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton<IBot, TestBot>();
        services.AddSingleton<IReplyScreen, TestReplyScreen>();
        services.AddSingleton<ILogEventSink>(Logs);
    }
}
