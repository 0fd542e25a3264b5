using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Tests.Channels;

[Collection(KestrelHostCollection.Name)]
public sealed class DirectLineUploadTests(KestrelHostFixture host)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3];

    private readonly DirectLineTestClient _client = new(host.Client);

    [Fact]
    public async Task Uploaded_photo_becomes_an_attachment_only_its_conversation_can_fetch()
    {
        var conversation = await _client.GenerateAsync("upload-owner");
        var other = await _client.GenerateAsync("upload-other");

        using var response = await UploadAsync(conversation, Png, "image/png", "破损.png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync(BotJsonContext.Default.ResourceResponse))!.Id;
        var activities = (await _client.GetActivitiesAsync(conversation)).Activities;
        var photo = Assert.Single(Assert.Single(activities, a => a.Id == id).Attachments!);
        Assert.Equal("image/png", photo.ContentType);
        Assert.Contains(activities, a => a.Text == "收到1张图片");
        var address = new Uri(host.Address, photo.ContentUrl!);
        using var signed = await host.Client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal(Png, await signed.Content.ReadAsByteArrayAsync());
        var unsigned = address.GetLeftPart(UriPartial.Path);
        using var withOtherToken = await _client.SendAsync(HttpMethod.Get, unsigned, other.Token);
        using var withOwnToken = await _client.SendAsync(HttpMethod.Get, unsigned, conversation.Token);
        Assert.Equal(HttpStatusCode.Forbidden, withOtherToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withOwnToken.StatusCode);
    }

    [Fact]
    public async Task A_photo_address_never_comes_from_the_requests_host_header()
    {
        var conversation = await _client.GenerateAsync("upload-owner");

        using var response = await UploadAsync(conversation, Png, "image/png", "p.png", host.Client, hostHeader: "attacker.example");

        var photo = await PhotoOfAsync(response, conversation);
        Assert.DoesNotContain("attacker.example", photo.ContentUrl, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith($"/v3/directline/conversations/{conversation.ConversationId}/attachments/", photo.ContentUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_public_base_address_photo_addresses_are_built_from_it()
    {
        using var configured = new TestHost(new Dictionary<string, string?> { ["DirectLine:PublicBaseUrl"] = "https://kefu.example.com/shop" });
        using var http = configured.CreateClient();
        var conversation = await new DirectLineTestClient(http).GenerateAsync("upload-owner");

        using var response = await UploadAsync(conversation, Png, "image/png", "p.png", http, hostHeader: "attacker.example");

        var photo = await PhotoOfAsync(response, conversation, http);
        Assert.StartsWith($"https://kefu.example.com/shop/v3/directline/conversations/{conversation.ConversationId}/attachments/", photo.ContentUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_image_upload_is_a_415_whatever_type_the_client_claims()
    {
        var conversation = await _client.GenerateAsync("upload-fake");

        using var response = await UploadAsync(conversation, Encoding.UTF8.GetBytes("<html>not an image</html>"), "image/png", "fake.png");

        await DirectLineBadInputTests.AssertErrorAsync(response, HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType");
        Assert.Equal([TestBot.Greeting], (await _client.GetActivitiesAsync(conversation)).Activities.Select(a => a.Text));
    }

    private async Task<Attachment> PhotoOfAsync(HttpResponseMessage response, Conversation conversation, HttpClient? http = null)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync(BotJsonContext.Default.ResourceResponse))!.Id;
        var activities = (await new DirectLineTestClient(http ?? host.Client).GetActivitiesAsync(conversation)).Activities;
        return Assert.Single(Assert.Single(activities, a => a.Id == id).Attachments!);
    }

    private Task<HttpResponseMessage> UploadAsync(Conversation conversation, byte[] content, string contentType, string name) =>
        UploadAsync(conversation, content, contentType, name, host.Client, hostHeader: null);

    /// <summary>Multipart as directlinejs builds it: an <c>activity</c> blob, then one <c>file</c> blob per attachment.</summary>
    private static Task<HttpResponseMessage> UploadAsync(Conversation conversation, byte[] content, string contentType, string name, HttpClient http, string? hostHeader)
    {
        var form = new MultipartFormDataContent();
        var activity = new StringContent("""{"type":"message","from":{"id":"upload-owner"},"attachments":[{"contentType":"image/png","name":"p.png"}]}""");
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", name);
        var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversation.ConversationId}/upload?userId=upload-owner") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);
        request.Headers.Host = hostHeader;
        return http.SendAsync(request);
    }
}
