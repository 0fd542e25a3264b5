using ShopBot.Bot.Channels.BotFramework;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Bot.Schema;
using ShopBot.Bot.Turns;

namespace ShopBot.Bot.Channels;

/// <summary>
/// The one way in and out of a conversation, as botbuilder's <c>BotAdapter</c>. <see cref="ProcessActivityAsync"/> keeps
/// a buyer's activity and runs the turn pipeline with the bot; <see cref="ContinueConversationAsync"/> runs the same
/// pipeline for what is sent outside a buyer's turn (queue notices, agents' replies, follow-ups, an agent typing);
/// <see cref="SendActivitiesAsync"/> is the step after every send hook of either: a Bot Framework channel's connector
/// gets the activity first, then the transcript keeps it, which is Direct Line's delivery (polls read the transcript,
/// the feed wakes the WebSocket streams on every host). <c>typing</c> is never kept: it goes to the open streams only.
/// </summary>
public sealed partial class ChannelAdapter(TurnPipeline pipeline, TranscriptWriter writer, ConnectorClient connector, ILogger<ChannelAdapter> logger) : IChannelAdapter
{
    /// <summary>
    /// Keeps the activity (so a failing bot never loses what the buyer sent) and runs the pipeline with the bot; a
    /// <c>typing</c> activity is only passed on to whoever watches the conversation (the agent's console).
    /// </summary>
    public Task<ResourceResponse> ProcessActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        ProcessActivityAsync(activity, null, cancellationToken);

    /// <summary>
    /// As <see cref="ProcessActivityAsync(Activity, CancellationToken)"/>, for an activity the client posted under its
    /// own id (<paramref name="clientActivityId"/>, none when null): a retry of a post already kept answers the kept
    /// activity's id and runs no turn. Once the activity is kept the answer is its id, whatever the turn does: the turn's
    /// own failures apologise to the buyer inside the pipeline, and what escapes it is logged here, because a caller told
    /// of a failure would send again what is already kept.
    /// </summary>
    public async Task<ResourceResponse> ProcessActivityAsync(Activity activity, string? clientActivityId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type == ActivityTypes.Typing)
        {
            return await writer.PassOnAsync(activity, cancellationToken).ConfigureAwait(false);
        }

        var kept = clientActivityId is null
            ? await writer.AppendAsync(activity, cancellationToken).ConfigureAwait(false)
            : await writer.AppendOnceAsync(activity, clientActivityId, cancellationToken).ConfigureAwait(false);
        if (!string.Equals(kept.Id, activity.Id, StringComparison.Ordinal))
        {
            return kept;
        }

        try
        {
            await pipeline.RunAsync(new TurnContext(activity, this), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogTurnFailedAfterKeeping(exception, activity.Type, activity.Id);
        }

        return kept;
    }

    /// <summary>
    /// Runs the pipeline for a conversation outside a buyer's turn, with <paramref name="callback"/> in place of the bot;
    /// its sends are addressed as replies to the conversation's buyer, from the bot unless they name another sender.
    /// Throws <see cref="KeyNotFoundException"/> when the conversation is unknown; any failure reaches the caller.
    /// </summary>
    public async Task ContinueConversationAsync(string conversationId, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(callback);
        var first = await writer.ReadFirstAsync(conversationId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"Conversation '{conversationId}' is unknown.");
        var continuation = new Activity
        {
            Type = ActivityTypes.Event,
            Name = ActivityEventNames.ContinueConversation,
            ChannelId = first.ChannelId,
            ServiceUrl = first.ServiceUrl,
            Conversation = new ConversationAccount { Id = conversationId },
            From = first.From,
            Recipient = first.Recipient,
        };
        await pipeline.RunAsync(new TurnContext(continuation, this, isContinuation: true), callback, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new List<ResourceResponse>(activities.Count);
        foreach (var activity in activities)
        {
            if (OnConnectorChannel(activity))
            {
                var sent = await connector.SendAsync(activity, cancellationToken).ConfigureAwait(false);
                activity.Id = string.IsNullOrEmpty(sent.Id) ? activity.Id : sent.Id;
            }

            responses.Add(activity.Type == ActivityTypes.Typing
                ? await writer.PassOnAsync(activity, cancellationToken).ConfigureAwait(false)
                : await writer.AppendAsync(activity, cancellationToken).ConfigureAwait(false));
        }

        return responses;
    }

    /// <summary>Bot Framework channels are answered at the service URL their activities came with; Direct Line has none.</summary>
    private static bool OnConnectorChannel(Activity activity) =>
        activity.ChannelId != DirectLineConversations.ChannelId && !string.IsNullOrEmpty(activity.ServiceUrl);

    [LoggerMessage(Level = LogLevel.Error, Message = "The turn of the kept {ActivityType} activity {ActivityId} failed; the post is answered with its id")]
    private partial void LogTurnFailedAfterKeeping(Exception exception, string? activityType, string? activityId);
}
