namespace ShopBot.Bot.Tests.Channels;

/// <summary>One host on real Kestrel shared by the channel and browser tests.</summary>
public sealed class KestrelHostFixture : IDisposable
{
    private readonly TestHost _host = new(kestrel: true);

    public KestrelHostFixture()
    {
        Address = _host.Address;
        Client = new HttpClient { BaseAddress = Address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    internal TestHost Host => _host;

    public IServiceProvider Services => _host.Services;

    public void Dispose()
    {
        Client.Dispose();
        _host.Dispose();
    }
}
