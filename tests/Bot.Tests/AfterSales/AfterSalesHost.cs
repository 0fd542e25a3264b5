using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.Conversations;
using ShopBot.Bot.Tests.Channels;
using ShopBot.Handoff;
using ShopBot.Handoff.Desk;
using ShopBot.TestSupport;

namespace ShopBot.Bot.Tests.AfterSales;

/// <summary>
/// The host exactly as shipped (the real after-sales bot, screen, templates, sample orders), with agents working all
/// day so that the handoff does not depend on the clock.
/// </summary>
internal sealed class AfterSalesHost : TemporaryHost
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _atSampleMoment;

    /// <param name="settings">Settings over the shipped ones.</param>
    /// <param name="atSampleMoment">Whether the clock starts at the moment the sample orders were written against, as <c>test-conversations</c> plays.</param>
    public AfterSalesHost(IDictionary<string, string?>? settings = null, bool atSampleMoment = false)
        : base("shopbot-aftersales-", kestrel: false)
    {
        _atSampleMoment = atSampleMoment;
        _settings = ShippedBotSettings(Folder, TestHost.Secret, SharedModelPath);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public AgentDesk Handoff => Services.GetRequiredService<AgentDesk>();

    protected override IReadOnlyDictionary<string, string?> Settings => _settings;

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        if (_atSampleMoment)
        {
            services.AddSampleMomentClock(FixedTimeProvider.SampleNow);
        }
    }

    public DirectLineTestClient DirectLine() => new(CreateClient());
}
