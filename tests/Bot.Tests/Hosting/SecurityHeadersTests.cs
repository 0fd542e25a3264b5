using System.Net;
using System.Net.Http.Headers;
using ShopBot.Bot.Agents;
using ShopBot.Bot.Hosting;
using ShopBot.Bot.Tests.Agents;

namespace ShopBot.Bot.Tests.Hosting;

public sealed class SecurityHeadersTests(AgentTestHost host) : IClassFixture<AgentTestHost>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/buyer.js")]
    public async Task The_buyer_page_has_its_content_security_policy_and_cannot_be_framed(string path)
    {
        using var client = host.NewClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(BuyerPageSecurityHeaders.ContentSecurityPolicy, Single(response, "Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", BuyerPageSecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
    }

    [Theory]
    [InlineData(AgentTestHost.KeyA, HttpStatusCode.OK)]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    public async Task Agent_api_answers_are_never_sniffed(string? key, HttpStatusCode status)
    {
        using var client = host.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/agent/queue");
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task The_agent_console_keeps_its_own_stricter_policy()
    {
        using var client = host.NewClient();

        using var response = await client.GetAsync("/agent/");

        Assert.Equal(AgentConsoleHostingExtensions.ContentSecurityPolicy, Single(response, "Content-Security-Policy"));
    }

    private static string Single(HttpResponseMessage response, string header) => Assert.Single(response.Headers.GetValues(header));
}
