using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ShopBot.Knowledge.Logistics;

public static class LogisticsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ILogisticsTraces"/> with an in-memory cache (the host replaces it with Redis when configured), and
    /// Kuaidi100 as the provider only when <c>Logistics:Kuaidi100</c> has endpoint, customer and key: otherwise no
    /// provider exists and nothing is ever called.
    /// </summary>
    public static IHostApplicationBuilder AddLogistics(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<LogisticsOptions>().BindConfiguration(LogisticsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Kuaidi100Options>().BindConfiguration(Kuaidi100Options.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITraceCache, InMemoryTraceCache>();
        services.TryAddSingleton<IParcelWatchList, InMemoryParcelWatchList>();
        services.AddSingleton<ILogisticsTraces, CachedLogisticsTraces>();
        services.AddSingleton<ParcelTracking>();
        var kuaidi100 = new Kuaidi100Options();
        builder.Configuration.GetSection(Kuaidi100Options.Section).Bind(kuaidi100);
        if (kuaidi100.IsConfigured)
        {
            services.AddHttpClient(Kuaidi100Provider.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
            services.AddSingleton<ITraceProvider, Kuaidi100Provider>();
        }

        return builder;
    }
}
