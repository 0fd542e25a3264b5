namespace ShopBot.Handoff.Transcripts;

/// <summary>
/// The activities of each conversation in order: what Direct Line clients read with a watermark and what agents
/// read as the transcript. Appends are atomic: two writers never get the same index.
/// </summary>
public interface ITranscriptStore
{
    /// <summary>Appends an activity and returns its index.</summary>
    Task<long> AppendAsync(string conversationId, string activityJson, CancellationToken cancellationToken = default);

    /// <summary>Whether the conversation has at least one entry: asked on every Direct Line request, so cheaper than a read.</summary>
    Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Entries with index at least <paramref name="fromIndex"/>, at most <paramref name="max"/>, in order.</summary>
    Task<IReadOnlyList<TranscriptEntry>> ReadAsync(string conversationId, long fromIndex, int max, CancellationToken cancellationToken = default);
}
