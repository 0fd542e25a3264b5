namespace ShopBot.Bot.Turns;

/// <summary>
/// Set in <see cref="TurnState"/> by a sender whose message may as well not be sent (a follow-up nobody asked for):
/// <see cref="ReplyScreeningMiddleware"/> then drops a blocked text instead of sending a rewrite or the hand-over line,
/// and counts it here so the sender can tell.
/// </summary>
public sealed class DropWhenBlocked
{
    private int _dropped;

    public int Dropped => Volatile.Read(ref _dropped);

    internal void Count() => Interlocked.Increment(ref _dropped);
}
