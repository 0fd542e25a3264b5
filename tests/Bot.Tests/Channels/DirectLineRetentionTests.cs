using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.Attachments;
using ShopBot.Bot.Channels.DirectLine;

namespace ShopBot.Bot.Tests.Channels;

/// <summary>What a buyer may leave behind: small channelData and activities, and nothing from a refused upload.</summary>
[Collection(KestrelHostCollection.Name)]
public sealed class DirectLineRetentionTests(KestrelHostFixture host)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3];

    private readonly DirectLineTestClient _client = new(host.Client);

    [Fact]
    public async Task ChannelData_over_4_KB_is_a_413_and_is_not_stored()
    {
        var conversation = await _client.GenerateAsync("retention-channeldata");
        var big = "{\"type\":\"message\",\"text\":\"在吗\",\"channelData\":{\"pad\":\"" + new string('x', 5000) + "\"}}";
        var small = """{"type":"message","text":"在吗","channelData":{"clientActivityID":"c-1"}}""";

        using var refused = await _client.SendAsync(HttpMethod.Post, Activities(conversation), conversation.Token, big);
        using var accepted = await _client.SendAsync(HttpMethod.Post, Activities(conversation), conversation.Token, small);

        await DirectLineBadInputTests.AssertErrorAsync(refused, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig");
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var stored = (await _client.GetActivitiesAsync(conversation)).Activities.Where(a => a.Text == "在吗").ToList();
        Assert.Equal("c-1", Assert.Single(stored).ChannelData!.Value.GetProperty("clientActivityID").GetString());
    }

    [Fact]
    public async Task An_activity_over_64_KB_is_a_413()
    {
        var conversation = await _client.GenerateAsync("retention-activity");
        var huge = "{\"type\":\"message\",\"text\":\"在吗\",\"value\":{\"pad\":\"" + new string('x', 70 * 1024) + "\"}}";

        using var refused = await _client.SendAsync(HttpMethod.Post, Activities(conversation), conversation.Token, huge);

        await DirectLineBadInputTests.AssertErrorAsync(refused, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig");
    }

    [Fact]
    public async Task A_refused_upload_keeps_nothing_even_when_its_first_image_was_fine()
    {
        var conversation = await _client.GenerateAsync("retention-upload");
        var store = (InMemoryAttachmentStore)host.Services.GetRequiredService<IAttachmentStore>();
        var before = store.BytesKept;
        var form = new MultipartFormDataContent();
        var good = new ByteArrayContent(Png);
        good.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(good, "file", "ok.png");
        var bad = new ByteArrayContent(Encoding.UTF8.GetBytes("<html>not an image</html>"));
        bad.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(bad, "file", "fake.png");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversation.ConversationId}/upload") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);

        using var response = await host.Client.SendAsync(request);

        await DirectLineBadInputTests.AssertErrorAsync(response, HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType");
        Assert.Equal(before, store.BytesKept);
    }

    private static string Activities(Conversation conversation) => $"v3/directline/conversations/{conversation.ConversationId}/activities";
}
