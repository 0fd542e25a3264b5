using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Channels.Streaming;

/// <summary>The feed of a single host: changes go straight to this process's subscribers.</summary>
public sealed class InMemoryConversationFeed : IConversationFeed
{
    private readonly ConversationSubscribers _subscribers = new();

    public Task PublishAsync(string conversationId, Activity? ephemeral, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        _subscribers.Dispatch(conversationId, ephemeral);
        return Task.CompletedTask;
    }

    public Task<IDisposable> SubscribeAsync(string conversationId, Action<Activity?> onChange, CancellationToken cancellationToken = default) =>
        Task.FromResult(_subscribers.Add(conversationId, onChange));
}
