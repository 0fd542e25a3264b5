using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ShopBot.Bot.Channels.BotFramework;

/// <summary>
/// At most <see cref="BotFrameworkOptions.MaxDeliveriesPerConversation"/> outbound activities per conversation in each
/// <see cref="BotFrameworkOptions.DeliveryWindow"/>: a loop between the bot and a channel stops at the bound instead
/// of growing the transcript and the connections without end.
/// </summary>
public sealed class ConversationDeliveryBudget : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ConversationDeliveryBudget(IOptions<BotFrameworkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(conversationId => RateLimitPartition.GetFixedWindowLimiter(
            conversationId,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.MaxDeliveriesPerConversation, Window = settings.DeliveryWindow, QueueLimit = 0 }));
    }

    public bool TrySpend(string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        using var lease = _limiter.AttemptAcquire(conversationId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
