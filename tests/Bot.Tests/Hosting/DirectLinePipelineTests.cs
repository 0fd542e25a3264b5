using ShopBot.Bot.Tests.Channels;

namespace ShopBot.Bot.Tests.Hosting;

public sealed class DirectLinePipelineTests
{
    [Fact]
    public async Task Direct_Line_calls_skip_the_console_key_handler_so_no_buyer_request_logs_a_refused_console_key()
    {
        using var host = new TestHost();
        var client = new DirectLineTestClient(host.CreateClient());
        var conversation = await client.GenerateAsync("pipeline-buyer");

        using var posted = await client.PostTextAsync(conversation, "你好");
        var read = await client.GetActivitiesAsync(conversation);

        posted.EnsureSuccessStatusCode();
        Assert.NotEmpty(read.Activities);
        Assert.DoesNotContain(host.Logs.Events, e => e.Properties.TryGetValue("SourceContext", out var source)
            && source.ToString().Contains("ConsoleKeyAuthenticationHandler", StringComparison.Ordinal));
    }
}
