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

    [Fact]
    public void A_token_checked_again_is_taken_from_memory_and_still_expires_on_time()
    {
        var clock = new FixedTimeProvider(FixedTimeProvider.SampleNow);
        var tokens = new DirectLineTokens(Options.Create(Settings), clock);
        var token = tokens.Issue("buyer", "小王", "conversation");

        var first = tokens.Check(token);
        clock.Advance(Settings.TokenLifetime - TimeSpan.FromSeconds(1));
        var again = tokens.Check(token);
        clock.Advance(TimeSpan.FromSeconds(1));
        var late = tokens.Check(token);

        Assert.Equal(TokenCheckStatus.Valid, first.Status);
        Assert.Same(first, again);
        Assert.Equal(1, tokens.VerifiedTokens);
        Assert.Equal(TokenCheckStatus.Expired, late.Status);
        Assert.Null(late.Payload);
    }

    [Fact]
    public void A_remembered_token_vouches_for_nothing_but_itself()
    {
        var clock = new FixedTimeProvider(FixedTimeProvider.SampleNow);
        var tokens = new DirectLineTokens(Options.Create(Settings), clock);
        var token = tokens.Issue("buyer", null, "conversation");
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        var otherBody = tokens.Issue("intruder", null, "conversation")[..dot];
        // The signature's first character carries six bits of the MAC (its last carries padding bits too).
        var changedSignature = token[..(dot + 1)] + (token[dot + 1] == 'A' ? 'B' : 'A') + token[(dot + 2)..];

        Assert.Equal(TokenCheckStatus.Valid, tokens.Check(token).Status);
        Assert.Equal(TokenCheckStatus.Invalid, tokens.Check(otherBody + token[dot..]).Status);
        Assert.Equal(TokenCheckStatus.Invalid, tokens.Check(changedSignature).Status);
        Assert.Equal(TokenCheckStatus.Invalid, tokens.Check(token + "x").Status);
        Assert.Equal(TokenCheckStatus.Invalid, new DirectLineTokens(Options.Create(new DirectLineOptions { Secret = "another-directline-secret-0123456" }), clock).Check(token).Status);
        Assert.Equal(1, tokens.VerifiedTokens);
    }

    [Fact]
    public void Past_the_limit_the_remembered_tokens_start_again_and_every_token_still_checks()
    {
        var clock = new FixedTimeProvider(FixedTimeProvider.SampleNow);
        var tokens = new DirectLineTokens(Options.Create(Settings), clock);
        var issued = Enumerable.Range(0, DirectLineTokens.MaxVerifiedTokens + 10).Select(i => tokens.Issue("buyer" + i, null, "conversation" + i)).ToList();

        var checks = issued.Select(t => tokens.Check(t)).ToList();

        Assert.All(checks, c => Assert.Equal(TokenCheckStatus.Valid, c.Status));
        Assert.Equal("conversation10009", checks[^1].Payload!.ConversationId);
        Assert.InRange(tokens.VerifiedTokens, 1, DirectLineTokens.MaxVerifiedTokens);
    }
}
