using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.Schema;
using ShopBot.Bot.Tests.AfterSales;
using ShopBot.Handoff.Transcripts;
using ShopBot.Knowledge.Cases;

namespace ShopBot.Bot.Tests.Channels.BotFramework;

/// <summary>The shipped bot behind <c>/api/messages</c>: a forged channel cannot queue a buyer or open anything in her name.</summary>
public sealed class MessagesEndpointShippedBotTests : IAsyncLifetime
{
    private const string Buyer = "一只小兔叽";

    private StubBotFrameworkIssuer _issuer = null!;
    private StubChannel _channel = null!;
    private AfterSalesHost _host = null!;

    public async Task InitializeAsync()
    {
        _issuer = await StubBotFrameworkIssuer.StartAsync();
        _channel = await StubChannel.StartAsync();
        // The first turn may wait for the intent model to train on a busy machine.
        _host = new AfterSalesHost(new Dictionary<string, string?>(_issuer.Settings) { ["BotFramework:ReplyTimeout"] = "00:04:00" });
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _channel.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task A_forged_channel_token_queues_nobody_and_stores_nothing_while_a_valid_one_queues_the_buyer()
    {
        var serviceUrl = _channel.Address.ToString();

        using var forged = await PostAsync("conv-forged", "人工客服", _issuer.Mint(serviceUrl, key: _issuer.ForgedKey));
        using var expired = await PostAsync("conv-forged", "我要退款，订单不要了", _issuer.Mint(serviceUrl, expiresIn: TimeSpan.FromMinutes(-30)));

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Empty(await _host.Handoff.ListQueueAsync());
        Assert.Empty(await _host.Services.GetRequiredService<ICaseStore>().ListAsync(new CaseQuery()));
        Assert.Empty(await _host.Services.GetRequiredService<ITranscriptStore>().ReadAsync("conv-forged", 0, 10));
        Assert.Empty(_channel.Received);

        using var valid = await PostAsync("conv-valid", "人工客服", _issuer.Mint(serviceUrl));

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal("conv-valid", Assert.Single(await _host.Handoff.ListQueueAsync()).ConversationId);
        Assert.NotEmpty(_channel.Received);
    }

    private async Task<HttpResponseMessage> PostAsync(string conversationId, string text, string token)
    {
        var activity = MessagesEndpointTests.NewActivity(_channel.Address.ToString(), conversationId, "act-" + text.Length, text);
        activity.From = new ChannelAccount { Id = Buyer, Name = Buyer };
        using var client = _host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }
}
