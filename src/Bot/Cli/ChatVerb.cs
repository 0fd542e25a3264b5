using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Bot.Conversations;
using ShopBot.Knowledge.Text;

namespace ShopBot.Bot.Cli;

/// <summary>
/// <c>chat --user BUYER [--json]</c>: the buyer's side of a conversation in a terminal, one line per buyer message,
/// through the same Direct Line conversation and turn pipeline as Web Chat.
/// </summary>
internal sealed class ChatVerb : ICliVerb
{
    public string Name => "chat";

    public string Usage => "chat --user BUYER [--json]   (buyer lines on standard input)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        var (user, json) = Parse(arguments);
        var maxLength = services.GetRequiredService<IOptions<DirectLineOptions>>().Value.MaxTextLength;
        var player = await ConversationPlayer.StartAsync(services, user, cancellationToken).ConfigureAwait(false);
        if (!json)
        {
            await WriteRepliesAsync(console, player.Greeting).ConfigureAwait(false);
        }

        var lineNumber = 0;
        while (await Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            var said = UntrustedText.Sanitize(line)!.Trim();
            if (said.Length == 0)
            {
                continue;
            }

            if (said.Length > maxLength)
            {
                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"error: line {lineNumber} is {said.Length} characters long; the limit is {maxLength}.")).ConfigureAwait(false);
                continue;
            }

            var turn = await player.SayAsync(said, cancellationToken).ConfigureAwait(false);
            if (json)
            {
                var record = new ChatRecord(turn.Said, turn.Intent, turn.Confidence, turn.State, turn.Replies, turn.Records);
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(record, CliJsonContext.Readable.ChatRecord)).ConfigureAwait(false);
            }
            else
            {
                await WriteRepliesAsync(console, turn.Replies).ConfigureAwait(false);
            }
        }

        return 0;
    }

    private static (string User, bool Json) Parse(IReadOnlyList<string> arguments)
    {
        string? user = null;
        var json = false;
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--user":
                    user = i + 1 < arguments.Count && arguments[i + 1].Trim().Length > 0 ? arguments[++i].Trim() : throw new CliUsageException("--user needs the buyer's member name.");
                    break;
                case "--json":
                    json = true;
                    break;
                default:
                    throw new CliUsageException($"unknown argument '{arguments[i]}'.");
            }
        }

        return (user ?? throw new CliUsageException("--user is required."), json);
    }

    private static async Task WriteRepliesAsync(CliConsole console, IReadOnlyList<string> replies)
    {
        foreach (var reply in replies)
        {
            await console.Out.WriteLineAsync($"bot> {reply}").ConfigureAwait(false);
        }
    }
}
