using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Desk;
using ShopBot.Handoff.Hosting;
using StackExchange.Redis;

namespace ShopBot.Handoff.Redis;

/// <summary>Notes as a Redis list per conversation, kept as long as transcripts (<see cref="RetentionOptions.Transcript"/>), refreshed on every note.</summary>
public sealed class RedisNoteStore(IConnectionMultiplexer redis, IOptions<HandoffOptions> options, IOptions<RetentionOptions>? retention = null) : INoteStore
{
    private readonly RedisDeskKeys _keys = new(new RedisKeys(options.Value.RedisKeyPrefix));
    private readonly long _ttl = (long)(retention?.Value ?? new RetentionOptions()).Transcript.TotalMilliseconds;

    public async Task AddAsync(string conversationId, ConversationNote note, int kept, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(note);
        ArgumentOutOfRangeException.ThrowIfLessThan(kept, 1);
        await RedisDeskScripts.AddNote.EvaluateAsync(redis.GetDatabase(), new
        {
            notes = _keys.Notes(conversationId),
            json = JsonSerializer.Serialize(note, HandoffJsonContext.Default.ConversationNote),
            kept,
            ttl = _ttl,
        }).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ConversationNote>> ListAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var values = await redis.GetDatabase().ListRangeAsync(_keys.Notes(conversationId)).ConfigureAwait(false);
        return [.. values.Select(v => JsonSerializer.Deserialize(v.ToString(), HandoffJsonContext.Default.ConversationNote)!)];
    }
}
