using System.Net;
using System.Text;

namespace ShopBot.Bot.Tests.Channels.BotFramework;

/// <summary>The issuer's keys are re-read while the host runs: a rotated key is accepted without a restart.</summary>
public sealed class ChannelKeyRotationTests : IAsyncLifetime
{
    private StubBotFrameworkIssuer _issuer = null!;
    private StubChannel _channel = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _issuer = await StubBotFrameworkIssuer.StartAsync();
        _channel = await StubChannel.StartAsync();
        _host = new TestHost(new Dictionary<string, string?>(_issuer.Settings));
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _channel.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task A_token_signed_with_a_newly_published_key_is_accepted_and_the_retired_key_is_not()
    {
        var serviceUrl = _channel.Address.ToString();
        using var client = _host.CreateClient();
        var retired = _issuer.SigningKey;
        Assert.Equal(HttpStatusCode.OK, await PostAsync(client, serviceUrl, "conv-rot-1", _issuer.Mint(serviceUrl)));

        _issuer.RotateKey();

        var status = HttpStatusCode.Unauthorized;
        for (var attempt = 0; attempt < 50 && status != HttpStatusCode.OK; attempt++)
        {
            status = await PostAsync(client, serviceUrl, "conv-rot-2", _issuer.Mint(serviceUrl));
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(200);
            }
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(client, serviceUrl, "conv-rot-3", _issuer.Mint(serviceUrl, key: retired)));
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, string serviceUrl, string conversationId, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(MessagesEndpointTests.ActivityJson(serviceUrl, conversationId, "act-1", "你好"), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
