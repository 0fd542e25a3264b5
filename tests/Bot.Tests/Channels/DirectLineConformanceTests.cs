using System.Diagnostics;
using System.Text.Json;

namespace ShopBot.Bot.Tests.Channels;

/// <summary>The unmodified <c>botframework-directlinejs</c> from npm, run by node, talks to the host over real HTTP.</summary>
[Collection(KestrelHostCollection.Name)]
public sealed class DirectLineConformanceTests(KestrelHostFixture host)
{
    [Fact]
    public async Task Directlinejs_connects_posts_and_receives_the_echo_and_the_bot_reply()
    {
        var conversation = await new DirectLineTestClient(host.Client).GenerateAsync("dl_conformance");
        var script = Path.Combine(RepositoryRoot.Path, "tests", "Bot.Tests", "Channels", "directline-conformance.mjs");

        var (exitCode, lines, errors) = await RunNodeAsync(script, host.Address.ToString(), conversation.Token, "dl_conformance");

        Assert.True(exitCode == 0, $"node exited with {exitCode}: {errors}\n{string.Join('\n', lines)}");
        var events = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(events, e => e.GetProperty("event").GetString() == "status" && e.GetProperty("status").GetString() == "Online");
        var postedId = events.Single(e => e.GetProperty("event").GetString() == "posted").GetProperty("id").GetString();
        var activities = events.Where(e => e.GetProperty("event").GetString() == "activity").ToList();
        var echo = activities.Single(a => a.GetProperty("id").GetString() == postedId);
        Assert.Equal("conformance-1", echo.GetProperty("clientActivityID").GetString());
        Assert.Equal("dl_conformance", echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("你好，机器人", echo.GetProperty("text").GetString());
        Assert.Contains(activities, a => a.GetProperty("text").GetString() == TestBot.Greeting);
        var reply = activities.Single(a => a.GetProperty("replyToId").GetString() == postedId);
        Assert.Equal("你说：你好，机器人", reply.GetProperty("text").GetString());
    }

    private static async Task<(int ExitCode, List<string> Lines, string Errors)> RunNodeAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot.Path };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return (process.ExitCode, lines, await errors);
    }
}
