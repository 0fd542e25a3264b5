namespace ShopBot.Handoff.Queue;

/// <summary>
/// Orders the queue by one number, lowest first: priority band, then, within a band, conversations released by an agent
/// ahead of new ones, then time queued. So a complaint always comes first, even before normal chats that went back to
/// the queue. Milliseconds count from 2024 so the score stays exact as a double and as Lua's number formatting.
/// </summary>
public static class QueueScore
{
    private const double Band = 1e12;
    private static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static long Milliseconds(DateTimeOffset time) => (long)(time - Epoch).TotalMilliseconds;

    public static DateTimeOffset FromMilliseconds(long milliseconds) => Epoch.AddMilliseconds(milliseconds);

    public static double Of(HandoffPriority priority, bool returned, DateTimeOffset queuedAt) =>
        (((MaxPriority - (int)priority) * 2) + (returned ? 0 : 1)) * Band + Milliseconds(queuedAt);

    internal const int MaxPriority = (int)HandoffPriority.Complaint;
}
