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
/// </summary>
public sealed class TranscriptWriter(ITranscriptStore store, IConversationFeed feed, TimeProvider time)
{
    public static string NewActivityId()
    {
        Span<byte> random = stackalloc byte[10];
        RandomNumberGenerator.Fill(random);
        return Convert.ToHexStringLower(random);
    }

    public async Task<ResourceResponse> AppendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id;
        ArgumentException.ThrowIfNullOrEmpty(conversationId, "activity.Conversation.Id");
        activity.Id ??= NewActivityId();
        activity.Timestamp ??= time.GetUtcNow();
        var json = JsonSerializer.Serialize(activity, TranscriptJson.Activity);
        await store.AppendAsync(conversationId, json, cancellationToken).ConfigureAwait(false);
        await feed.PublishAsync(conversationId, null, cancellationToken).ConfigureAwait(false);
        return new ResourceResponse(activity.Id);
    }

    /// <summary>Passes an activity that is not kept (typing) to the conversation's open streams on every host.</summary>
    public async Task<ResourceResponse> PassOnAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id;
        ArgumentException.ThrowIfNullOrEmpty(conversationId, "activity.Conversation.Id");
        activity.Id ??= NewActivityId();
        activity.Timestamp ??= time.GetUtcNow();
        await feed.PublishAsync(conversationId, activity, cancellationToken).ConfigureAwait(false);
        return new ResourceResponse(activity.Id);
    }

    /// <summary>The first activity of a conversation, or null when the conversation is unknown.</summary>
    public async Task<Activity?> ReadFirstAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var entries = await store.ReadAsync(conversationId, 0, 1, cancellationToken).ConfigureAwait(false);
        return entries.Count == 0 ? null : JsonSerializer.Deserialize(entries[0].ActivityJson, BotJsonContext.Default.Activity);
    }
}
