using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Transcripts;
using StackExchange.Redis;

namespace ShopBot.Handoff.Redis;

/// <summary>Transcripts as Redis lists: RPUSH returns the new length, so every append gets its own index atomically.</summary>
public sealed class RedisTranscriptStore(IConnectionMultiplexer redis, IOptions<HandoffOptions> options) : ITranscriptStore
{
    private readonly RedisKeys _keys = new(options.Value.RedisKeyPrefix);

    public async Task<long> AppendAsync(string conversationId, string activityJson, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activityJson);
        var length = await redis.GetDatabase().ListRightPushAsync(_keys.Transcript(conversationId), activityJson).ConfigureAwait(false);
        return length - 1;
    }

    public async Task<IReadOnlyList<TranscriptEntry>> ReadAsync(string conversationId, long fromIndex, int max, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentOutOfRangeException.ThrowIfNegative(fromIndex);
        if (max <= 0)
        {
            return [];
        }

        var values = await redis.GetDatabase().ListRangeAsync(_keys.Transcript(conversationId), fromIndex, fromIndex + max - 1).ConfigureAwait(false);
        return values.Select((v, i) => new TranscriptEntry(fromIndex + i, v.ToString())).ToList();
    }
}
