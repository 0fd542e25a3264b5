using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Bot.Schema;
using ShopBot.Handoff;
using ShopBot.Handoff.Routing;
using ShopBot.Knowledge.Intents;
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
        var conversations = services.GetRequiredService<DirectLineConversations>();
        var understander = services.GetRequiredService<IntentUnderstander>();
        var handoff = services.GetRequiredService<HandoffService>();
        var maxLength = services.GetRequiredService<IOptions<DirectLineOptions>>().Value.MaxTextLength;

        var conversation = await conversations.StartAsync(user, user, cancellationToken).ConfigureAwait(false);
        var caller = new TokenPayload(user, user, conversation.ConversationId, 0);
        var watermark = 0L;
        (var greeting, watermark) = await BotRepliesAsync(conversations, conversation.ConversationId, watermark, user, cancellationToken).ConfigureAwait(false);
        if (!json)
        {
            await WriteRepliesAsync(console, greeting).ConfigureAwait(false);
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

            await conversations.PostAsync(caller, new Activity { Type = ActivityTypes.Message, Text = said }, null, cancellationToken).ConfigureAwait(false);
            (var replies, watermark) = await BotRepliesAsync(conversations, conversation.ConversationId, watermark, user, cancellationToken).ConfigureAwait(false);
            if (json)
            {
                var understanding = understander.Understand(said);
                var routing = await handoff.GetRoutingAsync(conversation.ConversationId, cancellationToken).ConfigureAwait(false);
                var record = new ChatRecord(said, understanding.Intent, Math.Round(understanding.Confidence, 4), StateName(routing.Status), replies);
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(record, CliJsonContext.Readable.ChatRecord)).ConfigureAwait(false);
            }
            else
            {
                await WriteRepliesAsync(console, replies).ConfigureAwait(false);
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

    private static async Task<(IReadOnlyList<string> Replies, long Watermark)> BotRepliesAsync(
        DirectLineConversations conversations, string conversationId, long watermark, string user, CancellationToken cancellationToken)
    {
        var replies = new List<string>();
        while (true)
        {
            var page = await conversations.ReadAsync(conversationId, watermark, cancellationToken).ConfigureAwait(false);
            var next = long.Parse(page.Watermark, CultureInfo.InvariantCulture);
            replies.AddRange(page.Activities
                .Where(a => a.Type == ActivityTypes.Message && a.From?.Id != user && !string.IsNullOrEmpty(a.Text))
                .Select(a => a.Text!));
            if (next == watermark || page.Activities.Count == 0)
            {
                return (replies, next);
            }

            watermark = next;
        }
    }

    private static async Task WriteRepliesAsync(CliConsole console, IReadOnlyList<string> replies)
    {
        foreach (var reply in replies)
        {
            await console.Out.WriteLineAsync($"bot> {reply}").ConfigureAwait(false);
        }
    }

    private static string StateName(RoutingStatus status) => status switch
    {
        RoutingStatus.Queued => "queued",
        RoutingStatus.WithAgent => "agent",
        _ => "bot",
    };
}
