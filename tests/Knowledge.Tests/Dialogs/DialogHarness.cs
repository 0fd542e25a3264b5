using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Screening;
using ShopBot.Knowledge.Tests.Orders;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>
/// The whole of Knowledge as the host composes it (real model, templates, screen, sample orders, in-memory cases),
/// with the clock at the sample's 2026-11-22 10:00 in Shanghai. One per test class: the model is trained once.
/// </summary>
public sealed class DialogHarness : IDisposable
{
    private readonly string _modelFolder = Directory.CreateTempSubdirectory("shopbot-dialog-").FullName;

    public DialogHarness()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>The same composition with extra settings, e.g. a logistics provider pointed at a local stub.</summary>
    internal DialogHarness(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration["KnowledgeBase:Root"] = KnowledgeBase.Paths.Root;
        builder.Configuration["Intents:ModelPath"] = Path.Combine(_modelFolder, "model.zip");
        builder.Configuration["Intents:Decision:EscalateIntents:0"] = IntentIds.Complaint;
        builder.Configuration["Orders:SampleAnchorTime"] = "2026-11-22T10:00:00+08:00";
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddLogging();
        builder.AddKnowledge();
        Services = builder.Services.BuildServiceProvider();
    }

    public ServiceProvider Services { get; }

    public FixedTimeProvider Clock { get; } = new(FixedTimeProvider.SampleNow);

    public DialogEngine Engine => Services.GetRequiredService<DialogEngine>();

    public IntentUnderstander Understander => Services.GetRequiredService<IntentUnderstander>();

    public IReplyScreen Screen => Services.GetRequiredService<IReplyScreen>();

    public ICaseStore Cases => Services.GetRequiredService<ICaseStore>();

    /// <summary>
    /// Cancels every open case: the bot opens one case of a kind per order (<see cref="OpenCaseGuard"/>), so a test
    /// class whose tests record on the same order starts each test from none.
    /// </summary>
    public async Task CloseOpenCasesAsync()
    {
        foreach (var open in await Cases.ListAsync(new CaseQuery { Status = CaseStatus.Open, Limit = int.MaxValue }))
        {
            await Cases.ResolveAsync(open.Id, new CaseResolution("test", Cancelled: true));
        }
    }

    public IOrderLookup Orders => Services.GetRequiredService<IOrderLookup>();

    public ScriptedConversation Start(string buyerId, string? conversationId = null) =>
        new(this, buyerId, conversationId ?? $"conv-{Guid.NewGuid():N}");

    public void Dispose()
    {
        Services.Dispose();
        Directory.Delete(_modelFolder, recursive: true);
    }
}
