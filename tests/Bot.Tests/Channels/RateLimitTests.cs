using System.Net;

namespace ShopBot.Bot.Tests.Channels;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Posting_faster_than_the_limit_is_a_429_with_retry_after_and_the_accepted_messages_stay()
    {
        using var host = new TestHost(new Dictionary<string, string?> { ["DirectLine:RateLimitPermits"] = "2", ["DirectLine:RateLimitWindow"] = "00:01:00" });
        var client = new DirectLineTestClient(host.CreateClient());
        var conversation = await client.GenerateAsync("rate-buyer");

        using var first = await client.PostTextAsync(conversation, "一");
        using var second = await client.PostTextAsync(conversation, "二");
        using var third = await client.PostTextAsync(conversation, "三");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await DirectLineBadInputTests.AssertErrorAsync(third, HttpStatusCode.TooManyRequests, "TooManyRequests");
        Assert.True(third.Headers.RetryAfter is not null);
        var texts = (await client.GetActivitiesAsync(conversation)).Activities.Select(a => a.Text).ToList();
        Assert.Contains("一", texts);
        Assert.Contains("二", texts);
        Assert.DoesNotContain("三", texts);
    }
}
