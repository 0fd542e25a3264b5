namespace ShopBot.Handoff.History;

/// <summary>One conversation of a buyer as the history keeps it: its turn notes, oldest first, and the buyer's rating.</summary>
public sealed record ConversationLog(string ConversationId, IReadOnlyList<TurnNote> Turns, int? Rating)
{
    public DateTimeOffset? StartedAt => Turns.Count == 0 ? null : Turns[0].At;

    public DateTimeOffset? LastAt => Turns.Count == 0 ? null : Turns[^1].At;
}
