using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.TestSupport;

namespace ShopBot.Bot.Tests.Channels;

public sealed class DirectLineTokensTests
{
    private static readonly DirectLineOptions Settings = new()
    {
        Secret = "token-tests-directline-secret-0123",
        TokenLifetime = TimeSpan.FromMinutes(30),
        MaxTokenChainLifetime = TimeSpan.FromHours(24),
    };

    [Fact]
    public void Refreshing_every_quarter_hour_keeps_a_chat_for_at_most_the_chain_lifetime()
    {
        var clock = new FixedTimeProvider(FixedTimeProvider.SampleNow);
        var tokens = new DirectLineTokens(Options.Create(Settings), clock);
        var first = clock.GetUtcNow();
        var token = tokens.Issue("buyer", null, "conversation");
        TokenPayload? last = null;

        while (token is not null)
        {
            last = tokens.Check(token).Payload;
            Assert.NotNull(last);
            clock.Advance(TimeSpan.FromMinutes(15));
            token = tokens.Refresh(last);
        }

        var chainEnd = first.AddHours(24).ToUnixTimeSeconds();
        Assert.Equal(first.ToUnixTimeSeconds(), last!.ChainStartedAt);
        Assert.Equal(chainEnd, last.ExpiresAt);
        Assert.InRange(clock.GetUtcNow().ToUnixTimeSeconds(), chainEnd, chainEnd + (15 * 60));
    }

    [Fact]
    public async Task Refreshing_a_token_whose_chain_began_more_than_a_day_ago_is_a_403()
    {
        using var host = new TestHost();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var conversation = await client.GenerateAsync("old-chain");
        var tokens = host.Services.GetRequiredService<DirectLineTokens>();
        var now = DateTimeOffset.UtcNow;
        var old = tokens.Issue(new TokenPayload("old-chain", null, conversation.ConversationId, now.AddMinutes(10).ToUnixTimeSeconds(), now.AddHours(-25).ToUnixTimeSeconds()));
        var young = tokens.Issue(new TokenPayload("old-chain", null, conversation.ConversationId, now.AddMinutes(10).ToUnixTimeSeconds(), now.AddHours(-23).ToUnixTimeSeconds()));

        using var refused = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", old);
        using var refreshed = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", young);

        await DirectLineBadInputTests.AssertErrorAsync(refused, HttpStatusCode.Forbidden, "TokenExpired");
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(24, host.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.MaxTokenChainLifetime.TotalHours);
    }
}
