using Microsoft.Extensions.Options;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Handoff.Hosting;

namespace ShopBot.Bot.Attachments;

/// <summary>
/// Images in this process's memory, for one host with no Redis (they go with a restart, as the transcripts do). Each
/// is dropped <c>Retention:Uploads</c> after it came, and the oldest go first when the images together pass
/// <c>DirectLine:MaxUploadBytesInMemory</c>.
/// </summary>
public sealed partial class InMemoryAttachmentStore(
    IOptions<RetentionOptions> retention, IOptions<DirectLineOptions> limits, TimeProvider time, ILogger<InMemoryAttachmentStore> logger) : IAttachmentStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    // Every image gets the same lifetime, so arrival order is also expiry order.
    private readonly Queue<string> _arrivals = new();
    private long _bytes;

    /// <summary>The image bytes kept now.</summary>
    internal long BytesKept
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    public Task<string> SaveAsync(StoredAttachment attachment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var attachmentId = AttachmentIds.New();
        var now = time.GetUtcNow();
        int overBudget;
        lock (_gate)
        {
            _entries.Add(attachmentId, new Entry(attachment, now + retention.Value.Uploads));
            _arrivals.Enqueue(attachmentId);
            _bytes += attachment.Content.Length;
            overBudget = Trim(now);
        }

        if (overBudget > 0)
        {
            LogEvicted(overBudget, limits.Value.MaxUploadBytesInMemory);
        }

        return Task.FromResult(attachmentId);
    }

    public Task<StoredAttachment?> GetAsync(string attachmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachmentId);
        lock (_gate)
        {
            return Task.FromResult(_entries.TryGetValue(attachmentId, out var entry) && entry.ExpiresAt > time.GetUtcNow() ? entry.Attachment : null);
        }
    }

    public async Task<string?> ContentTypeOfAsync(string attachmentId, CancellationToken cancellationToken = default) =>
        (await GetAsync(attachmentId, cancellationToken).ConfigureAwait(false))?.ContentType;

    /// <summary>Drops expired images, then the oldest while over the budget; returns how many went for the budget.</summary>
    private int Trim(DateTimeOffset now)
    {
        var overBudget = 0;
        while (_arrivals.TryPeek(out var oldest))
        {
            var entry = _entries[oldest];
            var expired = entry.ExpiresAt <= now;
            if (!expired && _bytes <= limits.Value.MaxUploadBytesInMemory)
            {
                break;
            }

            overBudget += expired ? 0 : 1;
            _arrivals.Dequeue();
            _entries.Remove(oldest);
            _bytes -= entry.Attachment.Content.Length;
        }

        return overBudget;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped {Count} images before their retention: together they passed {Budget} bytes in memory")]
    private partial void LogEvicted(int count, long budget);

    private sealed record Entry(StoredAttachment Attachment, DateTimeOffset ExpiresAt);
}
