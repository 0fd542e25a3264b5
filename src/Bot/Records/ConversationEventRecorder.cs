using Microsoft.Extensions.Options;

namespace ShopBot.Bot.Records;

/// <summary>Keeps a conversation event stamped with the current time; a failing store is logged, never thrown at the caller.</summary>
public sealed partial class ConversationEventRecorder(
    IConversationRecords records,
    IOptions<RecordsOptions> options,
    TimeProvider time,
    ILogger<ConversationEventRecorder> logger)
{
    public async Task RecordAsync(string conversationId, ConversationEventKind kind, string? agentId, int? rating, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        try
        {
            await records.AddEventAsync(new ConversationEvent(Guid.NewGuid().ToString("N"), time.GetUtcNow(), conversationId, kind, agentId, rating), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogNotRecorded(kind, conversationId, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {Kind} of {ConversationId} not recorded: the records store failed")]
    private partial void LogNotRecorded(ConversationEventKind kind, string conversationId, Exception exception);
}
