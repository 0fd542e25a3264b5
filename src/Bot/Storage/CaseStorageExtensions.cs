using Microsoft.Extensions.DependencyInjection.Extensions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Logistics;
using ShopBot.Knowledge.Orders.Sync;

namespace ShopBot.Bot.Storage;

public static class CaseStorageExtensions
{
    /// <summary>
    /// Keeps cases, logistics traces (for their short lifetime), watched parcels, the platform's synced orders and the
    /// sync's polling lock in Redis when <c>ConnectionStrings:Redis</c> is set, on the multiplexer and key prefix the handoff
    /// uses (call after <c>AddHandoff</c>); otherwise the in-memory store <c>AddKnowledge</c> registers stays. The
    /// CLI verbs build the same container, so <c>register</c> then reads the running bot's cases.
    /// </summary>
    public static WebApplicationBuilder AddCaseStorage(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Redis")))
        {
            builder.Services.Replace(ServiceDescriptor.Singleton<ICaseStore, RedisCaseStore>());
            builder.Services.Replace(ServiceDescriptor.Singleton<ITraceCache, RedisTraceCache>());
            builder.Services.Replace(ServiceDescriptor.Singleton<IParcelWatchList, RedisParcelWatchList>());
            builder.Services.Replace(ServiceDescriptor.Singleton<ISyncedOrderStore, RedisSyncedOrders>());
            builder.Services.Replace(ServiceDescriptor.Singleton<IOrderSyncLock, RedisOrderSyncLock>());
        }

        return builder;
    }
}
