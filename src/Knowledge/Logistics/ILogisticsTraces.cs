using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Logistics;

/// <summary>
/// The logistics traces the flows read. Never throws for a provider's failure and never waits longer than the
/// configured time limit: the answer says the trace is unavailable and the flow falls back to carrier and number.
/// </summary>
public interface ILogisticsTraces
{
    /// <summary>True when a provider is configured; without one nothing is ever called.</summary>
    bool IsConfigured { get; }

    Task<TraceLookup> TraceAsync(Order order, CancellationToken cancellationToken = default);
}
