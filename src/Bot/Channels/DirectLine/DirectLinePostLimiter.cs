using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>
/// How many activities (and uploads) a caller may post: <see cref="DirectLineOptions.RateLimitPermits"/> per fixed
/// <see cref="DirectLineOptions.RateLimitWindow"/>, one window per user of a valid token, else per client address; past
/// it a 429 with <c>Retry-After</c> (the seconds left in the window) and the channels' error body.
/// </summary>
/// <remarks>
/// Runs on every post. ASP.NET's partitioned limiter takes one lock around all partitions per request and walks every
/// partition under it ten times a second (a buyer is a partition, kept for a window after their last post); here a post
/// is a dictionary read and a compare-and-swap on the caller's own window, and windows whose permits are all back are
/// dropped once per window.
/// </remarks>
public sealed class DirectLinePostLimiter : IDisposable
{
    private readonly ConcurrentDictionary<string, CallerWindow> _users = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CallerWindow> _addresses = new(StringComparer.Ordinal);
    private readonly DirectLineTokens _tokens;
    private readonly TimeProvider _time;
    private readonly int _permits;
    private readonly long _windowTicks;
    private readonly ITimer _sweep;

    public DirectLinePostLimiter(DirectLineTokens tokens, IOptions<DirectLineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _tokens = tokens;
        _time = time;
        _permits = options.Value.RateLimitPermits;
        var window = options.Value.RateLimitWindow;
        _windowTicks = Math.Max(1, window.Ticks);
        _sweep = time.CreateTimer(static state => ((DirectLinePostLimiter)state!).Sweep(), this, window, window);
    }

    /// <summary>Callers with a window of their own now (the rest have all their permits).</summary>
    internal int Callers => _users.Count + _addresses.Count;

    /// <summary>Takes a permit for the request's caller: null when granted, else the 429 to answer (its <c>Retry-After</c> already set).</summary>
    public IResult? Acquire(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var credential = DirectLineCredential.Read(http.Request, _tokens);
        var (windows, key) = credential.Token is { } token
            ? (_users, token.UserId)
            : (_addresses, http.Connection.RemoteIpAddress?.ToString() ?? string.Empty);
        var now = _time.GetUtcNow().UtcTicks;
        while (true)
        {
            var window = windows.GetOrAdd(key, static (_, created) => new CallerWindow(created), now);
            var left = window.TryTake(now, _windowTicks, _permits);
            if (left == CallerWindow.Granted)
            {
                return null;
            }

            if (left != CallerWindow.Retired)
            {
                var seconds = Math.Max(1, (long)Math.Ceiling((double)left / TimeSpan.TicksPerSecond));
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return ChannelErrors.Create(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many messages in a short time; wait a moment and send again.");
            }

            // Swept between the look-up and the take: the next look-up adds a fresh window.
            windows.TryRemove(new KeyValuePair<string, CallerWindow>(key, window));
        }
    }

    public void Dispose() => _sweep.Dispose();

    /// <summary>Drops the windows whose permits are all back, so a caller who stopped posting costs nothing.</summary>
    internal void Sweep()
    {
        var now = _time.GetUtcNow().UtcTicks;
        foreach (var windows in new[] { _users, _addresses })
        {
            foreach (var (key, window) in windows)
            {
                if (window.TryRetire(now, _windowTicks))
                {
                    windows.TryRemove(new KeyValuePair<string, CallerWindow>(key, window));
                }
            }
        }
    }
}
