using ShopBot.Handoff.History;

namespace ShopBot.Bot.Records;

/// <summary>Wraps the buyer history: a rating kept there is also a conversation event, for the reports' CSAT.</summary>
public sealed class RecordingBuyerHistory(IBuyerHistory inner, ConversationEventRecorder recorder) : IBuyerHistory
{
    public Task RecordTurnAsync(string conversationId, string buyerId, TurnNote note, CancellationToken cancellationToken = default) =>
        inner.RecordTurnAsync(conversationId, buyerId, note, cancellationToken);

    public async Task RecordRatingAsync(string conversationId, int rating, CancellationToken cancellationToken = default)
    {
        await inner.RecordRatingAsync(conversationId, rating, cancellationToken).ConfigureAwait(false);
        await recorder.RecordAsync(conversationId, ConversationEventKind.Rated, null, rating, cancellationToken).ConfigureAwait(false);
    }

    public Task<ConversationLog> ReadAsync(string conversationId, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(conversationId, cancellationToken);

    public Task<IReadOnlyList<ConversationLog>> ListAsync(string buyerId, CancellationToken cancellationToken = default) =>
        inner.ListAsync(buyerId, cancellationToken);
}
