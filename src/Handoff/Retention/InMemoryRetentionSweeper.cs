using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.InMemory;
using ShopBot.Handoff.State;
using ShopBot.Handoff.Transcripts;

namespace ShopBot.Handoff.Retention;

/// <summary>
/// With no Redis, evicts conversations idle for <see cref="RetentionOptions.IdleConversationInMemory"/>: transcript
/// (and with it the Direct Line conversation), dialog state, routing and agents' notes. A conversation that is queued or with an agent
/// stays, however long it has been quiet.
/// </summary>
public sealed partial class InMemoryRetentionSweeper(
    IdleConversations idle,
    InMemoryHandoffStore handoff,
    InMemoryTranscriptStore transcripts,
    InMemoryConversationStateStore states,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<InMemoryRetentionSweeper> logger,
    InMemoryNoteStore? notes = null)
{
    /// <summary>Evicts idle conversations; returns how many left memory.</summary>
    public int Sweep()
    {
        var cutoff = time.GetUtcNow() - options.Value.IdleConversationInMemory;
        var evicted = 0;
        foreach (var conversationId in idle.IdleSince(cutoff))
        {
            if (!handoff.TryForget(conversationId))
            {
                continue;
            }

            if (idle.Forget(conversationId, cutoff))
            {
                transcripts.Remove(conversationId);
                states.Remove(conversationId);
                notes?.Remove(conversationId);
                evicted++;
            }
        }

        if (evicted > 0)
        {
            LogEvicted(evicted);
        }

        return evicted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Evicted {Count} idle conversations from memory")]
    private partial void LogEvicted(int count);
}
