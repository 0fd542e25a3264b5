namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>
/// One caller's fixed window for <see cref="DirectLinePostLimiter"/>: windows follow each other from the moment it was
/// made, and the permits taken in the current one are counted in the same 64-bit word as its number, so taking a permit
/// is one compare-and-swap and never a lock.
/// </summary>
internal sealed class CallerWindow(long created)
{
    /// <summary><see cref="TryTake"/>: the permit is the caller's.</summary>
    public const long Granted = -1;

    /// <summary><see cref="TryTake"/>: the window was swept away; look the caller up again.</summary>
    public const long Retired = -2;

    private const long RetiredState = long.MinValue;

    /// <summary>The window's number in the high 32 bits, the permits taken in it in the low 32.</summary>
    private long _state;

    /// <summary><see cref="Granted"/>, <see cref="Retired"/>, or the ticks until the full window ends.</summary>
    public long TryTake(long now, long windowTicks, int permits)
    {
        var index = Math.Max(0, (now - created) / windowTicks);
        while (true)
        {
            var state = Volatile.Read(ref _state);
            if (state == RetiredState)
            {
                return Retired;
            }

            // A caller whose clock read is a little older than another's counts in the newer window.
            var stateIndex = state >> 32;
            var current = Math.Max(index, stateIndex);
            var taken = stateIndex == current ? (int)(state & uint.MaxValue) : 0;
            if (taken >= permits)
            {
                return Math.Max(0, created + ((current + 1) * windowTicks) - now);
            }

            if (Interlocked.CompareExchange(ref _state, (current << 32) | (uint)(taken + 1), state) == state)
            {
                return Granted;
            }
        }
    }

    /// <summary>Retires the window when nothing was taken in the current one (all permits are back): true when it did.</summary>
    public bool TryRetire(long now, long windowTicks)
    {
        var state = Volatile.Read(ref _state);
        return state != RetiredState
            && state >> 32 < (now - created) / windowTicks
            && Interlocked.CompareExchange(ref _state, RetiredState, state) == state;
    }
}
