using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Channels.DirectLine;

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

    [Fact]
    public async Task Directlinejs_over_its_websocket_gets_replies_typing_and_everything_sent_while_the_socket_was_down_exactly_once()
    {
        var client = new DirectLineTestClient(host.Client);
        var conversation = await client.GenerateAsync("dl_stream_conformance");
        var script = Path.Combine(RepositoryRoot.Path, "tests", "Bot.Tests", "Channels", "directline-streaming-conformance.mjs");
        var dropped = 0;

        var (exitCode, lines, errors) = await RunNodeAsync(
            async line =>
            {
                if (line.Contains("\"stage\":\"dropping\"", StringComparison.Ordinal))
                {
                    dropped = host.Services.GetRequiredService<DirectLineStreams>().Close(conversation.ConversationId);
                    await host.Services.SendToConversationAsync(conversation.ConversationId, ShopBot.Bot.Schema.Activity.CreateMessage("断线期间的消息"));
                }
            },
            script, host.Address.ToString(), conversation.Token, "dl_stream_conformance");

        Assert.True(exitCode == 0, $"node exited with {exitCode}: {errors}\n{string.Join('\n', lines)}");
        Assert.Equal(1, dropped);
        var events = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["replied", "typing", "resumed", "done"],
            events.Where(e => e.GetProperty("event").GetString() == "stage").Select(e => e.GetProperty("stage").GetString()).Where(s => s != "dropping"));
        var activities = events.Where(e => e.GetProperty("event").GetString() == "activity").ToList();
        var typing = activities.First(a => a.GetProperty("type").GetString() == "typing");
        Assert.Equal("bot", typing.GetProperty("from").GetProperty("role").GetString());
        var received = activities.Where(a => a.GetProperty("type").GetString() != "typing").Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Equal(received.Count, received.Distinct().Count());
        var stored = await client.GetActivitiesAsync(conversation);
        Assert.Equal(stored.Activities.Select(a => a.Id), received);
        Assert.Contains(stored.Activities, a => a.Text == "想好了");
    }

    private static Task<(int ExitCode, List<string> Lines, string Errors)> RunNodeAsync(params string[] arguments) =>
        RunNodeAsync(_ => Task.CompletedTask, arguments);

    private static async Task<(int ExitCode, List<string> Lines, string Errors)> RunNodeAsync(Func<string, Task> onLine, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot.Path };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var lines = new List<string>();
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Trim().Length > 0)
            {
                lines.Add(line.Trim());
                await onLine(line);
            }
        }

        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, lines, await errors);
    }
}
