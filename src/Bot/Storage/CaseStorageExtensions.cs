using Microsoft.Extensions.DependencyInjection.Extensions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Logistics;

namespace ShopBot.Bot.Storage;

public static class CaseStorageExtensions
{
    /// <summary>
    /// Keeps cases, logistics traces (for their short lifetime) and watched parcels in Redis when <c>ConnectionStrings:Redis</c> is set, on the multiplexer and key prefix the handoff
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
        }

        return builder;
    }
}
