using ShopBot.TestSupport.Logistics;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>
/// The dialog harness with Kuaidi100 pointed at a local stub. Traces are cached for one second and every test moves
/// the clock past that, so each test reads the trace it scripted.
/// </summary>
public sealed class TracedDialogHarness : IAsyncLifetime
{
    public Kuaidi100Stub Stub { get; private set; } = null!;

    public DialogHarness Dialogs { get; private set; } = null!;

    public DateTimeOffset Now => Dialogs.Clock.Now;

    public async Task InitializeAsync()
    {
        Stub = await Kuaidi100Stub.StartAsync();
        var settings = Stub.Settings();
        settings["Logistics:CacheLifetime"] = "00:00:01";
        settings["Logistics:RetryAfterFailure"] = "00:00:00";
        Dialogs = new DialogHarness(settings);
    }

    /// <summary>Starts a conversation after the previous test's cached traces expired.</summary>
    public ScriptedConversation Start(string buyerId)
    {
        Dialogs.Clock.Advance(TimeSpan.FromSeconds(2));
        return Dialogs.Start(buyerId);
    }

    public async Task DisposeAsync()
    {
        Dialogs.Dispose();
        await Stub.DisposeAsync();
    }
}
