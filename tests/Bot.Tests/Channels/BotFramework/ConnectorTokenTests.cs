using System.Net;
using System.Text;

namespace ShopBot.Bot.Tests.Channels.BotFramework;

/// <summary>Without a token from the token endpoint the bot sends nothing to the connector.</summary>
public sealed class ConnectorTokenTests : IAsyncLifetime
{
    private StubBotFrameworkIssuer _issuer = null!;
    private StubChannel _channel = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _issuer = await StubBotFrameworkIssuer.StartAsync();
        _channel = await StubChannel.StartAsync();
        _host = new TestHost(new Dictionary<string, string?>(_issuer.Settings) { ["BotFramework:AppPassword"] = "a-wrong-app-password" });
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _channel.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task A_refused_client_secret_means_no_reply_is_posted()
    {
        var serviceUrl = _channel.Address.ToString();
        using var client = _host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(MessagesEndpointTests.ActivityJson(serviceUrl, "conv-token", "act-1", "你好"), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _issuer.Mint(serviceUrl));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("a-wrong-app-password", Assert.Single(_issuer.TokenRequests.Take(1))["client_secret"]);
        Assert.Empty(_issuer.IssuedTokens);
        Assert.Empty(_channel.Received);
    }
}
