namespace ShopBot.Bot.Tests.Agents;

/// <summary>The shipped host on real Kestrel with the test agents, for the browser tests.</summary>
public sealed class AgentKestrelHost : IDisposable
{
    private readonly AgentTestHost _host = new(kestrel: true);

    public AgentKestrelHost() => Address = _host.Address;

    public Uri Address { get; }

    public IServiceProvider Services => _host.Services;

    public void Dispose() => _host.Dispose();
}
