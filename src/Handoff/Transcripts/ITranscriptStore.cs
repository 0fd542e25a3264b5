namespace ShopBot.Handoff.Transcripts;

/// <summary>
/// The activities of each conversation in order: what Direct Line clients read with a watermark and what agents
/// read as the transcript. Appends are atomic: two writers never get the same index.
/// </summary>
public interface ITranscriptStore
{
    /// <summary>How many client activity ids a conversation remembers; a retry comes within seconds, long before its id is pushed out.</summary>
    const int ClientActivityIdsKept = 256;

    /// <summary>Appends an activity and returns its index.</summary>
    Task<long> AppendAsync(string conversationId, string activityJson, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends an activity a client posted under its own id (Web Chat's <c>channelData.clientActivityID</c>) unless the
    /// conversation already has one under that id, in one atomic step: a client's retry of a post whose answer it lost
    /// (a 503, a dropped connection) is never stored twice, and an id is never remembered without its activity.
    /// Returns the id of the activity stored under <paramref name="clientActivityId"/>: <paramref name="activityId"/>
    /// when it is stored now. The latest <see cref="ClientActivityIdsKept"/> client ids of a conversation are remembered.
    /// </summary>
    Task<string> AppendOnceAsync(string conversationId, string clientActivityId, string activityId, string activityJson, CancellationToken cancellationToken = default);

    /// <summary>Whether the conversation has at least one entry: asked on every Direct Line request, so cheaper than a read.</summary>
    Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Entries with index at least <paramref name="fromIndex"/>, at most <paramref name="max"/>, in order.</summary>
    Task<IReadOnlyList<TranscriptEntry>> ReadAsync(string conversationId, long fromIndex, int max, CancellationToken cancellationToken = default);
}
