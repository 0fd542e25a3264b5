using System.Security.Cryptography;
using System.Text.Json;
using ShopBot.Bot.Channels.Streaming;
using ShopBot.Bot.Schema;
using ShopBot.Handoff.Transcripts;

namespace ShopBot.Bot.Channels;

/// <summary>
/// Appends activities to the conversation's transcript, giving each a server id and timestamp; only the
/// <see cref="ChannelAdapter"/> writes. For Direct Line this is delivery itself: clients read the transcript with their
/// watermark, on whichever host they poll, and the feed wakes the streams open on any host. <c>typing</c> is never stored: it is passed on to the open streams only.
/// Once an activity is stored it counts as sent: a feed that fails afterwards (Redis lost between the two calls) is
/// logged, not thrown, so the caller never takes a stored activity for a lost one and sends it again; the streams read
/// their transcripts again when the feed's connection is restored, and polls read them anyway.
/// </summary>
public sealed partial class TranscriptWriter(ITranscriptStore store, IConversationFeed feed, TimeProvider time, ILogger<TranscriptWriter> logger)
{
    public static string NewActivityId()
    {
        Span<byte> random = stackalloc byte[10];
        RandomNumberGenerator.Fill(random);
        return Convert.ToHexStringLower(random);
    }

    public async Task<ResourceResponse> AppendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var (conversationId, activityId) = Stamp(activity);
        await store.AppendAsync(conversationId, JsonSerializer.Serialize(activity, TranscriptJson.Activity), cancellationToken).ConfigureAwait(false);
        await AnnounceStoredAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return new ResourceResponse(activityId);
    }

    /// <summary>
    /// Appends an activity a client posted under its own id unless the conversation already has one under that id (a
    /// retry): returns the id of the activity stored under <paramref name="clientActivityId"/>, the activity's own id
    /// when it is stored now. Only then is the feed told.
    /// </summary>
    public async Task<ResourceResponse> AppendOnceAsync(Activity activity, string clientActivityId, CancellationToken cancellationToken = default)
    {
        var (conversationId, activityId) = Stamp(activity);
        var first = await store.AppendOnceAsync(conversationId, clientActivityId, activityId, JsonSerializer.Serialize(activity, TranscriptJson.Activity), cancellationToken)
            .ConfigureAwait(false);
        if (string.Equals(first, activityId, StringComparison.Ordinal))
        {
            await AnnounceStoredAsync(conversationId, cancellationToken).ConfigureAwait(false);
        }

        return new ResourceResponse(first);
    }

    /// <summary>Passes an activity that is not kept (typing) to the conversation's open streams on every host.</summary>
    public async Task<ResourceResponse> PassOnAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var (conversationId, activityId) = Stamp(activity);
        await feed.PublishAsync(conversationId, activity, cancellationToken).ConfigureAwait(false);
        return new ResourceResponse(activityId);
    }

    private async Task AnnounceStoredAsync(string conversationId, CancellationToken cancellationToken)
    {
        try
        {
            await feed.PublishAsync(conversationId, null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogFeedFailed(conversationId, exception.GetType().Name);
        }
    }

    /// <summary>Gives the activity a server id and timestamp when it has none; returns its conversation's id and its id.</summary>
    private (string ConversationId, string ActivityId) Stamp(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id;
        ArgumentException.ThrowIfNullOrEmpty(conversationId, "activity.Conversation.Id");
        var activityId = activity.Id ??= NewActivityId();
        activity.Timestamp ??= time.GetUtcNow();
        return (conversationId, activityId);
    }

    /// <summary>The first activity of a conversation, or null when the conversation is unknown.</summary>
    public async Task<Activity?> ReadFirstAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var entries = await store.ReadAsync(conversationId, 0, 1, cancellationToken).ConfigureAwait(false);
        return entries.Count == 0 ? null : JsonSerializer.Deserialize(entries[0].ActivityJson, BotJsonContext.Default.Activity);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored an activity of {ConversationId} but could not tell the open streams ({Failure}); they read it when the feed reconnects")]
    private partial void LogFeedFailed(string conversationId, string failure);
}
