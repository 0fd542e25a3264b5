using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Tests.Support;

namespace ShopBot.Handoff.Tests;

/// <summary>
/// The one contract suite of the handoff stores: every test runs against the in-memory implementation and against a
/// real Redis. Split by concern into partial files.
/// </summary>
public abstract partial class HandoffContractTests : IAsyncLifetime
{
    private HandoffHarness? _harness;

    protected HandoffHarness H => _harness ?? throw new InvalidOperationException("Harness not created.");

    protected abstract Task<HandoffHarness> CreateHarnessAsync(HandoffOptions options);

    /// <summary>Tests may change the options before the harness is built.</summary>
    protected virtual HandoffOptions CreateOptions() => new() { AgentAnswerTimeout = TimeSpan.FromMinutes(3), AgentHeartbeatTimeout = TimeSpan.FromMinutes(2) };

    public async Task InitializeAsync() => _harness = await CreateHarnessAsync(CreateOptions());

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }
}
