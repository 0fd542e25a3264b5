using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;

namespace ShopBot.Handoff.Queue;

/// <summary>
/// Estimates a queued buyer's wait from how fast agents picked up conversations lately: with k pick-ups in the last
/// window W, one pick-up takes about W / k, so position n waits about n · W / k. No pick-ups in the window, no estimate:
/// a guess from stale figures would be a promise the shop cannot keep.
/// </summary>
public sealed class WaitEstimator(IOptions<HandoffOptions> options)
{
    public TimeSpan? Estimate(int position, IReadOnlyList<Pickup> recentPickups, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        ArgumentNullException.ThrowIfNull(recentPickups);
        var window = options.Value.EtaWindow;
        var inWindow = recentPickups.Count(p => p.At > now - window && p.At <= now);
        if (inWindow == 0)
        {
            return null;
        }

        var perPickup = window / inWindow;
        return TimeSpan.FromSeconds(Math.Ceiling((perPickup * position).TotalSeconds));
    }
}
