using System.Diagnostics;

namespace ShopBot.Bot.Conversations;

/// <summary>
/// A clock that starts at the moment the sample orders were written against and then runs at the real pace, so that
/// conversation tests read "yesterday" and "80 hours ago" the same way whatever the hour they are played at.
/// </summary>
internal sealed class SampleMomentClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + Stopwatch.GetElapsedTime(_started);
}
