using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Schema;
using ShopBot.Handoff.Hosting;
using StackExchange.Redis;

namespace ShopBot.Bot.Channels.Streaming;

/// <summary>
/// The feed across hosts: every change is published on one Redis channel (<c>{prefix}:directline-feed</c>, the
/// conversation id, a line break, and the unstored activity's JSON if any), which every host subscribes to once and
/// hands to its own streams. After a lost connection to Redis every stream reads its transcript again, so nothing
/// published meanwhile is missed.
/// </summary>
public sealed partial class RedisConversationFeed : IConversationFeed, IDisposable
{
    private readonly IConnectionMultiplexer _redis;
    private readonly ILogger<RedisConversationFeed> _logger;
    private readonly RedisChannel _channel;
    private readonly ConversationSubscribers _subscribers = new();
    private readonly Lock _gate = new();
    private Task? _subscribed;

    public RedisConversationFeed(IConnectionMultiplexer redis, IOptions<HandoffOptions> handoff, ILogger<RedisConversationFeed> logger)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(handoff);
        _redis = redis;
        _logger = logger;
        _channel = RedisChannel.Literal("{" + handoff.Value.RedisKeyPrefix + "}:directline-feed");
        _redis.ConnectionRestored += OnConnectionRestored;
    }

    public async Task PublishAsync(string conversationId, Activity? ephemeral, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var message = ephemeral is null ? conversationId : conversationId + "\n" + JsonSerializer.Serialize(ephemeral, BotJsonContext.Default.Activity);
        await _redis.GetSubscriber().PublishAsync(_channel, message).ConfigureAwait(false);
    }

    public async Task<IDisposable> SubscribeAsync(string conversationId, Action<Activity?> onChange, CancellationToken cancellationToken = default)
    {
        var subscription = _subscribers.Add(conversationId, onChange);
        try
        {
            await SubscribedAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            return subscription;
        }
        catch
        {
            subscription.Dispose();
            throw;
        }
    }

    /// <summary>The host's one subscription to the channel, tried again on the next stream when an earlier attempt failed.</summary>
    private Task SubscribedAsync()
    {
        lock (_gate)
        {
            if (_subscribed is null || _subscribed.IsFaulted || _subscribed.IsCanceled)
            {
                _subscribed = _redis.GetSubscriber().SubscribeAsync(_channel, (_, message) => OnMessage(message));
            }

            return _subscribed;
        }
    }

    public void Dispose() => _redis.ConnectionRestored -= OnConnectionRestored;

    private void OnMessage(RedisValue message)
    {
        var text = (string?)message;
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        if (newline < 0)
        {
            _subscribers.Dispatch(text, null);
            return;
        }

        try
        {
            _subscribers.Dispatch(text[..newline], JsonSerializer.Deserialize(text.AsSpan(newline + 1), BotJsonContext.Default.Activity));
        }
        catch (JsonException exception)
        {
            LogUnreadable(exception);
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType == ConnectionType.Subscription)
        {
            _subscribers.DispatchToAll();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Direct Line feed message could not be read; it is skipped")]
    private partial void LogUnreadable(Exception exception);
}
