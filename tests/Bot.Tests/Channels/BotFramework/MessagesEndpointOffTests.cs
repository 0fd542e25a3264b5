using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Handoff.Transcripts;

namespace ShopBot.Bot.Tests.Channels.BotFramework;

[Collection(KestrelHostCollection.Name)]
public sealed class MessagesEndpointOffTests(KestrelHostFixture host)
{
    [Fact]
    public async Task Without_an_app_id_api_messages_is_off_with_a_clear_error_and_stores_nothing()
    {
        var json = MessagesEndpointTests.ActivityJson("http://127.0.0.1:9/", "conv-bf-off", "act-off", "在吗");

        using var response = await host.Client.PostAsync(new Uri("api/messages", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

        await DirectLineBadInputTests.AssertErrorAsync(response, HttpStatusCode.NotFound, "NotFound");
        Assert.Contains("BotFramework:AppId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await host.Services.GetRequiredService<ITranscriptStore>().ReadAsync("conv-bf-off", 0, 10));
    }
}
