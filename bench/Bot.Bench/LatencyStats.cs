using System.Diagnostics;
using System.Globalization;

namespace ShopBot.Bench;

/// <summary>Throughput and latency percentiles of a list of timed calls.</summary>
internal sealed class LatencyStats(IReadOnlyList<long> ticks, TimeSpan wall)
{
    public double PerSecond => ticks.Count / wall.TotalSeconds;

    /// <summary>CPU time the server process spent during the run, when measured (closed-loop runs against a process).</summary>
    public double ServerCpuSeconds { get; set; }

    /// <summary>Bytes the server process allocated during the run, when its allocation probe answered.</summary>
    public long? ServerAllocatedBytes { get; set; }

    /// <summary>Minor page faults of the server process during the run, when measured.</summary>
    public long ServerPageFaults { get; set; }

    public double ServerPageFaultsPerCall => ticks.Count == 0 ? 0 : (double)ServerPageFaults / ticks.Count;

    public double? ServerBytesPerCall => ticks.Count == 0 || ServerAllocatedBytes is not { } bytes ? null : (double)bytes / ticks.Count;

    public double ServerCpuMicrosecondsPerCall => ticks.Count == 0 ? 0 : ServerCpuSeconds * 1_000_000 / ticks.Count;

    public double PercentileMicroseconds(double percentile)
    {
        var sorted = ticks.Order().ToList();
        var index = (int)Math.Ceiling(percentile / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)] * 1_000_000.0 / Stopwatch.Frequency;
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{ticks.Count} calls in {wall.TotalSeconds:0.00} s: {PerSecond:0} per second; p50 {PercentileMicroseconds(50):0} µs, p99 {PercentileMicroseconds(99):0} µs");

    public static LatencyStats Measure(int count, Action<int> call)
    {
        var ticks = new long[count];
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            call(i);
            ticks[i] = Stopwatch.GetTimestamp() - start;
        }

        return new LatencyStats(ticks, wall.Elapsed);
    }
}
