using System.ComponentModel.DataAnnotations;

namespace ShopBot.Handoff.Hosting;

/// <summary>
/// The <c>Redis</c> section: how long one Redis call may take before it fails. Short on purpose, so that during an
/// outage a request fails within about a second and is answered 503 (retry later) instead of hanging.
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>Synchronous and asynchronous timeout of the shared multiplexer, and of the readiness PING.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:30")]
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long one attempt to (re)connect may take. Longer than <see cref="OperationTimeout"/>: a TLS handshake or a
    /// busy host may need more than a second, while commands must still fail fast.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
