using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using StackExchange.Redis;

namespace ShopBot.Bot.Attachments;

/// <summary>
/// Images in Redis, so every host serves what any host received: one hash per image
/// (<c>{prefix}:upload:ID</c> with its type, conversation, buyer and bytes), written with its TTL of
/// <c>Retention:Uploads</c> in one MULTI/EXEC.
/// </summary>
public sealed class RedisAttachmentStore(IConnectionMultiplexer redis, IOptions<HandoffOptions> handoff, IOptions<RetentionOptions> retention) : IAttachmentStore
{
    private static readonly RedisValue TypeField = "type";
    private static readonly RedisValue ConversationField = "conversation";
    private static readonly RedisValue BuyerField = "buyer";
    private static readonly RedisValue ContentField = "content";
    private static readonly RedisValue[] Fields = [TypeField, ConversationField, BuyerField, ContentField];

    private readonly string _root = "{" + handoff.Value.RedisKeyPrefix + "}:upload:";

    public async Task<string> SaveAsync(StoredAttachment attachment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        cancellationToken.ThrowIfCancellationRequested();
        var attachmentId = AttachmentIds.New();
        var key = Key(attachmentId);
        var transaction = redis.GetDatabase().CreateTransaction();
        var written = transaction.HashSetAsync(key,
        [
            new HashEntry(TypeField, attachment.ContentType),
            new HashEntry(ConversationField, attachment.ConversationId),
            new HashEntry(BuyerField, attachment.BuyerId),
            new HashEntry(ContentField, attachment.Content),
        ]);
        var expiring = transaction.KeyExpireAsync(key, retention.Value.Uploads);
        await transaction.ExecuteAsync().ConfigureAwait(false);
        await Task.WhenAll(written, expiring).ConfigureAwait(false);
        return attachmentId;
    }

    public async Task<StoredAttachment?> GetAsync(string attachmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachmentId);
        cancellationToken.ThrowIfCancellationRequested();
        var values = await redis.GetDatabase().HashGetAsync(Key(attachmentId), Fields).ConfigureAwait(false);
        return values.Any(v => v.IsNull)
            ? null
            : new StoredAttachment(values[1].ToString(), values[2].ToString(), values[0].ToString(), (byte[])values[3]!);
    }

    public async Task<string?> ContentTypeOfAsync(string attachmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachmentId);
        cancellationToken.ThrowIfCancellationRequested();
        var type = await redis.GetDatabase().HashGetAsync(Key(attachmentId), TypeField).ConfigureAwait(false);
        return type.IsNull ? null : type.ToString();
    }

    private RedisKey Key(string attachmentId) => _root + attachmentId;
}
