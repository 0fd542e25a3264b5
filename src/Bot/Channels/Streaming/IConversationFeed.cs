using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Channels.Streaming;

/// <summary>
/// Tells the open streams of a conversation, on every host, that it changed: a stored activity was appended (the
/// streams read the transcript from their watermark), or an activity that is never stored (<c>typing</c>) is to be passed on.
/// </summary>
public interface IConversationFeed
{
    /// <summary>Announces a change; <paramref name="ephemeral"/> is the unstored activity to pass on, or null when the transcript grew.</summary>
    Task PublishAsync(string conversationId, Activity? ephemeral, CancellationToken cancellationToken = default);

    /// <summary>
    /// Calls <paramref name="onChange"/> for every change of the conversation until the subscription is disposed; null
    /// means "read the transcript again". Changes published after the returned task completed are never missed.
    /// </summary>
    Task<IDisposable> SubscribeAsync(string conversationId, Action<Activity?> onChange, CancellationToken cancellationToken = default);
}
