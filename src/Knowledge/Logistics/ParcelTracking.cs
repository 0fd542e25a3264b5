using Microsoft.Extensions.Options;

namespace ShopBot.Knowledge.Logistics;

/// <summary>What the track flow uses of logistics: the traces, the settings, and the watch list of stalled parcels.</summary>
public sealed class ParcelTracking(ILogisticsTraces traces, IParcelWatchList watchList, IOptions<LogisticsOptions> options)
{
    public ILogisticsTraces Traces { get; } = traces;

    public IParcelWatchList WatchList { get; } = watchList;

    public LogisticsOptions Options => options.Value;
}
