using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ShopBot.Bot.Agents;
using ShopBot.Bot.Tests.Attachments;

namespace ShopBot.Bot.Tests.Agents;

/// <summary>Photos through the agent API: what the buyer sent, on the transcript and the case, and what an agent sends back.</summary>
public sealed class AgentAttachmentApiTests(AgentTestHost host) : IClassFixture<AgentTestHost>
{
    private readonly HttpClient _http = host.NewClient();
    private readonly AgentApiClient _a = new(host.NewClient(), AgentTestHost.KeyA);
    private readonly AgentApiClient _b = new(host.NewClient(), AgentTestHost.KeyB);

    [Fact]
    public async Task A_buyers_photo_is_on_the_transcript_item_and_served_to_the_agent_as_an_image_that_is_never_sniffed()
    {
        var (_, view) = await ClaimedBuyerWithPhotoAsync();

        var photo = Assert.Single(Assert.Single(view.Transcript, m => m.Sender == "buyer" && m.Attachments.Count > 0).Attachments);
        Assert.Equal("image/png", photo.ContentType);
        Assert.Matches("^/api/agent/attachments/[0-9a-f]{32}$", photo.Url);
        using var response = await _a.SendAsync(HttpMethod.Get, PathOf(photo));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(TestPhotos.BrokenBowl, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Without_an_agent_key_or_with_a_wrong_key_or_a_buyers_token_a_photo_is_a_401()
    {
        var (buyer, view) = await ClaimedBuyerWithPhotoAsync();
        var path = PathOf(view.Transcript.SelectMany(m => m.Attachments).First());

        using var none = await new AgentApiClient(_http, null).SendAsync(HttpMethod.Get, path);
        using var wrong = await new AgentApiClient(_http, "test-agent-key-alpha-012345678").SendAsync(HttpMethod.Get, path);
        using var token = await new AgentApiClient(_http, buyer.Token).SendAsync(HttpMethod.Get, path);

        await AgentApiClient.AssertErrorAsync(none, HttpStatusCode.Unauthorized, "Unauthorized");
        await AgentApiClient.AssertErrorAsync(wrong, HttpStatusCode.Unauthorized, "Unauthorized");
        await AgentApiClient.AssertErrorAsync(token, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("not-an-id")]
    [InlineData("..%2F..%2Fappsettings.json")]
    public async Task An_unknown_or_malformed_photo_id_is_a_404(string id)
    {
        using var response = await _a.SendAsync(HttpMethod.Get, "attachments/" + id);

        await AgentApiClient.AssertErrorAsync(response, HttpStatusCode.NotFound, "NotFound");
    }

    [Fact]
    public async Task An_agent_who_is_not_serving_the_buyer_is_refused_the_photo()
    {
        var (_, view) = await ClaimedBuyerWithPhotoAsync();
        await _b.SetPresenceAsync("online");

        using var response = await _b.SendAsync(HttpMethod.Get, PathOf(view.Transcript.SelectMany(m => m.Attachments).First()));

        await AgentApiClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task A_photo_sent_for_a_broken_bowl_is_on_the_return_case_the_agent_reads()
    {
        var buyer = await TestBuyer.StartAsync(_http, "橙子不酸");
        await buyer.SayAsync("收到的碗碎了两个 要退货");
        await TestPhotos.UploadAsync(_http, buyer.ConversationId, buyer.Token, TestPhotos.BrokenBowl);
        await OnlineAsync(_a);

        var view = await _a.ClaimAsync(buyer.ConversationId);

        var record = Assert.Single(view.Cases, c => c.Kind == "return");
        Assert.Equal(1, record.Photos);
        var photo = Assert.Single(record.Attachments);
        using var response = await _a.SendAsync(HttpMethod.Get, PathOf(photo));
        Assert.Equal(TestPhotos.BrokenBowl, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(photo.Url, Assert.Single(view.Transcript.SelectMany(m => m.Attachments)).Url);
    }

    [Fact]
    public async Task An_agents_image_reaches_the_buyer_as_a_web_chat_image_at_an_address_only_their_conversation_opens()
    {
        var (buyer, _) = await ClaimedBuyerWithPhotoAsync();

        using var sent = await SendImageAsync(AgentTestHost.KeyA, buyer.ConversationId, TestPhotos.ReturnAddress, "image/png");

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var message = (await buyer.MessagesAsync()).Last();
        Assert.Equal("agent:" + AgentTestHost.AgentA, message.From?.Id);
        var image = Assert.Single(message.Attachments!);
        Assert.Equal("image/png", image.ContentType);
        using var fetched = await _http.GetAsync(image.ContentUrl!.TrimStart('/'));
        Assert.Equal(TestPhotos.ReturnAddress, await fetched.Content.ReadAsByteArrayAsync());
        var other = await TestBuyer.StartAsync(_http);
        var unsigned = image.ContentUrl.TrimStart('/').Split('?')[0];
        using var withOtherToken = new HttpRequestMessage(HttpMethod.Get, unsigned);
        withOtherToken.Headers.Authorization = new AuthenticationHeaderValue("Bearer", other.Token);
        Assert.Equal(HttpStatusCode.Forbidden, (await _http.SendAsync(withOtherToken)).StatusCode);
        var view = await _a.ConversationAsync(buyer.ConversationId);
        Assert.Single(view.Transcript.Last(m => m.Sender == "agent").Attachments);
    }

    [Theory]
    [InlineData("<html><script>alert(1)</script></html>", "image/png")]
    [InlineData("%PDF-1.7 not an image", "application/pdf")]
    public async Task An_agents_file_that_is_not_an_image_is_a_415_and_nothing_reaches_the_buyer(string content, string declared)
    {
        var (buyer, _) = await ClaimedBuyerWithPhotoAsync();
        var before = (await buyer.MessagesAsync()).Count;

        using var response = await SendImageAsync(AgentTestHost.KeyA, buyer.ConversationId, Encoding.UTF8.GetBytes(content), declared);

        await AgentApiClient.AssertErrorAsync(response, HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType");
        Assert.Equal(before, (await buyer.MessagesAsync()).Count);
    }

    [Fact]
    public async Task An_agents_image_over_the_upload_limit_is_a_413_and_nothing_reaches_the_buyer()
    {
        var (buyer, _) = await ClaimedBuyerWithPhotoAsync();
        var before = (await buyer.MessagesAsync()).Count;
        var oversized = new byte[(5 * 1024 * 1024) + 1];
        TestPhotos.ReturnAddress.CopyTo(oversized, 0);

        using var response = await SendImageAsync(AgentTestHost.KeyA, buyer.ConversationId, oversized, "image/png");

        await AgentApiClient.AssertErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig");
        Assert.Equal(before, (await buyer.MessagesAsync()).Count);
    }

    [Fact]
    public async Task An_image_for_another_agents_chat_is_a_403_and_for_an_unknown_one_a_404()
    {
        var (buyer, _) = await ClaimedBuyerWithPhotoAsync();
        await OnlineAsync(_b);
        var before = (await buyer.MessagesAsync()).Count;

        using var notYours = await SendImageAsync(AgentTestHost.KeyB, buyer.ConversationId, TestPhotos.ReturnAddress, "image/png");
        using var unknown = await SendImageAsync(AgentTestHost.KeyB, "no-such-conversation", TestPhotos.ReturnAddress, "image/png");
        using var noKey = await SendImageAsync(null, buyer.ConversationId, TestPhotos.ReturnAddress, "image/png");

        await AgentApiClient.AssertErrorAsync(notYours, HttpStatusCode.Forbidden, "Forbidden");
        await AgentApiClient.AssertErrorAsync(unknown, HttpStatusCode.NotFound, "NotFound");
        await AgentApiClient.AssertErrorAsync(noKey, HttpStatusCode.Unauthorized, "Unauthorized");
        Assert.Equal(before, (await buyer.MessagesAsync()).Count);
    }

    private static string PathOf(AttachmentItem photo) => photo.Url["/api/agent/".Length..];

    private static Task OnlineAsync(AgentApiClient agent) =>
        agent.GetAsync(HttpMethod.Put, "presence", """{"presence":"online","capacity":50}""", AgentJsonContext.Default.AgentProfile);

    /// <summary>A buyer who asked for a person and then sent a photo of the broken bowl, claimed by agent A.</summary>
    private async Task<(TestBuyer Buyer, ConversationView View)> ClaimedBuyerWithPhotoAsync()
    {
        var buyer = await TestBuyer.StartAsync(_http);
        await buyer.SayAsync("人工客服");
        await TestPhotos.UploadAsync(_http, buyer.ConversationId, buyer.Token, TestPhotos.BrokenBowl);
        await OnlineAsync(_a);
        return (buyer, await _a.ClaimAsync(buyer.ConversationId));
    }

    /// <summary>The image itself as the body, as the console and <c>curl --data-binary</c> send it.</summary>
    private Task<HttpResponseMessage> SendImageAsync(string? key, string conversationId, byte[] content, string contentType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"api/agent/conversations/{conversationId}/images") { Content = new ByteArrayContent(content) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return _http.SendAsync(request);
    }
}
