namespace ShopBot.Handoff.Transcripts;

/// <summary>
/// The client ids (Web Chat's <c>channelData.clientActivityID</c>) each conversation has received, and the server id
/// each became, so a client's retry of a post is answered with the first post's id instead of being run twice. The
/// latest <see cref="Kept"/> ids of a conversation are remembered.
/// </summary>
public interface IClientActivityIds
{
    /// <summary>How many client ids a conversation remembers; a retry comes within seconds, long before it is pushed out.</summary>
    const int Kept = 256;

    /// <summary>
    /// Records that <paramref name="clientActivityId"/> became <paramref name="activityId"/> unless it was recorded
    /// before, atomically; returns the activity id recorded first (<paramref name="activityId"/> when it is new).
    /// </summary>
    Task<string> RecordAsync(string conversationId, string clientActivityId, string activityId, CancellationToken cancellationToken = default);
}
