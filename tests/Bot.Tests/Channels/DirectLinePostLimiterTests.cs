using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.TestSupport;

namespace ShopBot.Bot.Tests.Channels;

public sealed class DirectLinePostLimiterTests
{
    private static readonly DirectLineOptions Settings = new()
    {
        Secret = "limiter-tests-directline-secret-0123",
        RateLimitPermits = 3,
        RateLimitWindow = TimeSpan.FromMinutes(1),
    };

    [Fact]
    public async Task A_user_gets_the_permits_of_a_window_then_a_429_with_the_seconds_left_then_permits_again_in_the_next_window()
    {
        var (clock, tokens, limiter) = Create();
        using var _ = limiter;
        var token = tokens.Issue("buyer-a", null, "conversation-a");

        for (var i = 0; i < Settings.RateLimitPermits; i++)
        {
            Assert.Null(limiter.Acquire(Request(token)));
        }

        clock.Advance(TimeSpan.FromSeconds(20));
        var refused = Request(token);
        var result = limiter.Acquire(refused);
        Assert.NotNull(result);
        Assert.Equal("40", refused.Response.Headers.RetryAfter.ToString());
        Assert.Equal(HttpStatusCode.TooManyRequests, (HttpStatusCode)await StatusOfAsync(result, refused));

        clock.Advance(TimeSpan.FromSeconds(40));
        Assert.Null(limiter.Acquire(Request(token)));
    }

    [Fact]
    public void Users_and_addresses_have_windows_of_their_own_and_a_new_token_of_the_same_user_shares_the_users()
    {
        var (_, tokens, limiter) = Create();
        using var __ = limiter;
        var first = tokens.Issue("buyer-a", null, "conversation-a");
        var sameUserOtherChat = tokens.Issue("buyer-a", null, "conversation-b");
        var other = tokens.Issue("buyer-b", null, "conversation-c");

        Assert.Null(limiter.Acquire(Request(first)));
        Assert.Null(limiter.Acquire(Request(sameUserOtherChat)));
        Assert.Null(limiter.Acquire(Request(first)));
        Assert.NotNull(limiter.Acquire(Request(sameUserOtherChat)));
        Assert.Null(limiter.Acquire(Request(other)));
        for (var i = 0; i < Settings.RateLimitPermits; i++)
        {
            Assert.Null(limiter.Acquire(Request("not-a-token", "10.0.0.1")));
        }

        Assert.NotNull(limiter.Acquire(Request("not-a-token", "10.0.0.1")));
        Assert.Null(limiter.Acquire(Request("not-a-token", "10.0.0.2")));
    }

    [Fact]
    public void The_sweep_drops_only_windows_whose_permits_are_all_back_and_a_swept_user_starts_afresh()
    {
        var (clock, tokens, limiter) = Create();
        using var _ = limiter;
        var idle = tokens.Issue("idle-buyer", null, "conversation-a");
        var busy = tokens.Issue("busy-buyer", null, "conversation-b");
        Assert.Null(limiter.Acquire(Request(idle)));
        clock.Advance(TimeSpan.FromSeconds(50));
        for (var i = 0; i < Settings.RateLimitPermits; i++)
        {
            Assert.Null(limiter.Acquire(Request(busy)));
        }

        clock.Advance(TimeSpan.FromSeconds(20));
        limiter.Sweep();

        Assert.Equal(1, limiter.Callers);
        Assert.NotNull(limiter.Acquire(Request(busy)));
        for (var i = 0; i < Settings.RateLimitPermits; i++)
        {
            Assert.Null(limiter.Acquire(Request(idle)));
        }

        Assert.NotNull(limiter.Acquire(Request(idle)));
    }

    [Fact]
    public async Task Posts_racing_from_many_threads_get_exactly_the_permits_of_the_window()
    {
        var (_, tokens, limiter) = Create(permits: 1000);
        using var _ = limiter;
        var token = tokens.Issue("racing-buyer", null, "conversation-a");
        var granted = 0;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                if (limiter.Acquire(Request(token)) is null)
                {
                    Interlocked.Increment(ref granted);
                }
            }
        })));

        Assert.Equal(1000, granted);
    }

    private static (FixedTimeProvider Clock, DirectLineTokens Tokens, DirectLinePostLimiter Limiter) Create(int? permits = null)
    {
        var clock = new FixedTimeProvider(FixedTimeProvider.SampleNow);
        var settings = new DirectLineOptions
        {
            Secret = Settings.Secret,
            RateLimitPermits = permits ?? Settings.RateLimitPermits,
            RateLimitWindow = Settings.RateLimitWindow,
        };
        var tokens = new DirectLineTokens(Options.Create(settings), clock);
        return (clock, tokens, new DirectLinePostLimiter(tokens, Options.Create(settings), clock));
    }

    private static DefaultHttpContext Request(string credential, string address = "127.0.0.1")
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.Authorization = "Bearer " + credential;
        http.Connection.RemoteIpAddress = IPAddress.Parse(address);
        return http;
    }

    private static async Task<int> StatusOfAsync(IResult result, DefaultHttpContext http)
    {
        http.RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider();
        http.Response.Body = new MemoryStream();
        await result.ExecuteAsync(http);
        return http.Response.StatusCode;
    }
}
