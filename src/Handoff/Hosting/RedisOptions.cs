using System.ComponentModel.DataAnnotations;

namespace ShopBot.Handoff.Hosting;

/// <summary>
/// The <c>Redis</c> section: how long one Redis call may take before it fails. Short on purpose, so that during an
/// outage a request fails within about a second and is answered 503 (retry later) instead of hanging.
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>Connect, synchronous and asynchronous timeout of the shared multiplexer, and of the readiness PING.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:30")]
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(1);
}
