namespace ShopBot.Bot.Tests.Channels.BotFramework;

/// <summary>
/// The test bot on real Kestrel with Bot Framework channels on: a stub issuer for the tokens both ways, a stub
/// connector to answer at, and a delivery budget of <see cref="MaxDeliveries"/> per conversation.
/// </summary>
public sealed class BotFrameworkHostFixture : IAsyncLifetime
{
    public const int MaxDeliveries = 5;

    private TestHost? _host;

    internal StubBotFrameworkIssuer Issuer { get; private set; } = null!;

    internal StubChannel Channel { get; private set; } = null!;

    internal TestHost Host => _host!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await StubBotFrameworkIssuer.StartAsync();
        Channel = await StubChannel.StartAsync();
        var settings = new Dictionary<string, string?>(Issuer.Settings)
        {
            ["BotFramework:MaxDeliveriesPerConversation"] = MaxDeliveries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        _host = new TestHost(settings, kestrel: true);
        Client = new HttpClient { BaseAddress = _host.Address };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        _host?.Dispose();
        await Channel.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
