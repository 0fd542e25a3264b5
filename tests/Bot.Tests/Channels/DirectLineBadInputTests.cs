using System.Net;
using System.Text.Json;
using ShopBot.Bot.Channels.DirectLine;
using Microsoft.Extensions.DependencyInjection;

namespace ShopBot.Bot.Tests.Channels;

[Collection(KestrelHostCollection.Name)]
public sealed class DirectLineBadInputTests(KestrelHostFixture host)
{
    private readonly DirectLineTestClient _client = new(host.Client);

    [Fact]
    public async Task Malformed_json_is_a_400_and_loses_nothing_accepted_before()
    {
        var conversation = await _client.GenerateAsync("bad-json");
        using var ok = await _client.PostTextAsync(conversation, "第一句");

        using var response = await _client.SendAsync(HttpMethod.Post, Activities(conversation), conversation.Token, """{"type":"message","text":"没写完""");

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
        var texts = (await _client.GetActivitiesAsync(conversation)).Activities.Select(a => a.Text);
        Assert.Equal([TestBot.Greeting, "第一句", "你说：第一句"], texts);
    }

    [Fact]
    public async Task Text_over_the_configured_limit_is_a_413()
    {
        var conversation = await _client.GenerateAsync("bad-long");

        using var response = await _client.PostTextAsync(conversation, new string('长', 501));
        using var atLimit = await _client.PostTextAsync(conversation, new string('长', 500));

        await AssertErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig");
        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
    }

    [Fact]
    public async Task Unknown_conversation_is_a_404()
    {
        var conversation = await _client.GenerateAsync("bad-unknown");

        using var post = await _client.SendAsync(HttpMethod.Post, "v3/directline/conversations/nope/activities", conversation.Token, """{"type":"message","text":"x"}""");
        using var get = await _client.SendAsync(HttpMethod.Get, "v3/directline/conversations/nope/activities?watermark=", conversation.Token);

        await AssertErrorAsync(post, HttpStatusCode.NotFound, "NotFound");
        await AssertErrorAsync(get, HttpStatusCode.NotFound, "NotFound");
    }

    [Fact]
    public async Task Missing_credential_is_a_401_and_a_wrong_token_a_403()
    {
        var conversation = await _client.GenerateAsync("bad-auth");

        using var missing = await _client.SendAsync(HttpMethod.Get, Activities(conversation), token: null);
        using var wrong = await _client.SendAsync(HttpMethod.Get, Activities(conversation), Tampered(conversation.Token));
        using var garbage = await _client.SendAsync(HttpMethod.Get, Activities(conversation), "not-a-token");

        await AssertErrorAsync(missing, HttpStatusCode.Unauthorized, "Unauthorized");
        await AssertErrorAsync(wrong, HttpStatusCode.Forbidden, "Forbidden");
        await AssertErrorAsync(garbage, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task Expired_token_is_a_403_for_every_call_including_refresh()
    {
        var conversation = await _client.GenerateAsync("bad-expired");
        var tokens = host.Services.GetRequiredService<DirectLineTokens>();
        var expired = tokens.Issue(new TokenPayload("bad-expired", null, conversation.ConversationId, DateTimeOffset.UtcNow.AddSeconds(-1).ToUnixTimeSeconds()));

        using var post = await _client.SendAsync(HttpMethod.Post, Activities(conversation), expired, """{"type":"message","text":"x"}""");
        using var refresh = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", expired);

        await AssertErrorAsync(post, HttpStatusCode.Forbidden, "TokenExpired");
        await AssertErrorAsync(refresh, HttpStatusCode.Forbidden, "TokenExpired");
    }

    [Fact]
    public async Task Another_users_conversation_is_a_403_and_nothing_is_added_to_it()
    {
        var victim = await _client.GenerateAsync("bad-victim");
        var intruder = await _client.GenerateAsync("bad-intruder");

        using var post = await _client.SendAsync(HttpMethod.Post, Activities(victim), intruder.Token, """{"type":"message","text":"偷看"}""");
        using var read = await _client.SendAsync(HttpMethod.Get, Activities(victim), intruder.Token);
        using var upload = await _client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{victim.ConversationId}/upload", intruder.Token, "x", "text/plain");

        await AssertErrorAsync(post, HttpStatusCode.Forbidden, "Forbidden");
        await AssertErrorAsync(read, HttpStatusCode.Forbidden, "Forbidden");
        await AssertErrorAsync(upload, HttpStatusCode.Forbidden, "Forbidden");
        Assert.Equal([TestBot.Greeting], (await _client.GetActivitiesAsync(victim)).Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task Secret_is_refused_on_conversation_calls_and_a_token_on_generate()
    {
        var conversation = await _client.GenerateAsync("bad-secret");

        using var withSecret = await _client.SendAsync(HttpMethod.Get, Activities(conversation), TestHost.Secret);
        using var generateWithToken = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", conversation.Token, "{}");
        using var generateWithoutAuth = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", null, "{}");

        await AssertErrorAsync(withSecret, HttpStatusCode.Forbidden, "Forbidden");
        await AssertErrorAsync(generateWithToken, HttpStatusCode.Forbidden, "Forbidden");
        await AssertErrorAsync(generateWithoutAuth, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Theory]
    [InlineData("""{"type":"message","text":"x","attachments":[{"contentType":"image/png","contentUrl":"javascript:alert(1)"}]}""", HttpStatusCode.BadRequest, "BadArgument")]
    [InlineData("""{"type":"invoke","text":"x"}""", HttpStatusCode.BadRequest, "BadArgument")]
    [InlineData("""{"text":"no type"}""", HttpStatusCode.BadRequest, "BadArgument")]
    [InlineData("null", HttpStatusCode.BadRequest, "BadArgument")]
    [InlineData("", HttpStatusCode.BadRequest, "BadArgument")]
    [InlineData("""{"type":"message","text":5}""", HttpStatusCode.BadRequest, "BadArgument")]
    public async Task Invalid_activities_are_refused_with_a_clear_4xx(string body, HttpStatusCode status, string code)
    {
        var conversation = await _client.GenerateAsync("bad-activity");

        using var response = await _client.SendAsync(HttpMethod.Post, Activities(conversation), conversation.Token, body);

        await AssertErrorAsync(response, status, code);
    }

    [Fact]
    public async Task Wrong_content_type_is_a_415_and_a_bad_watermark_a_400()
    {
        var conversation = await _client.GenerateAsync("bad-misc");

        using var text = await _client.SendAsync(HttpMethod.Post, Activities(conversation), conversation.Token, "hello", "text/plain");
        using var watermark = await _client.SendAsync(HttpMethod.Get, Activities(conversation) + "?watermark=-1", conversation.Token);

        await AssertErrorAsync(text, HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType");
        await AssertErrorAsync(watermark, HttpStatusCode.BadRequest, "BadArgument");
    }

    [Fact]
    public async Task Unknown_user_id_characters_on_generate_are_a_400()
    {
        using var request = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", TestHost.Secret, """{"user":{"id":"<script>"}}""");

        await AssertErrorAsync(request, HttpStatusCode.BadRequest, "BadArgument");
    }

    internal static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    private static string Activities(Conversation conversation) => $"v3/directline/conversations/{conversation.ConversationId}/activities";

    /// <summary>
    /// The token with one character of its signature changed, five from the end: the last two characters of a base64
    /// signature can carry bits a decoder ignores, so changing only those may leave the same signature.
    /// </summary>
    private static string Tampered(string token) => token[..^5] + (token[^5] == 'A' ? 'B' : 'A') + token[^4..];
}
