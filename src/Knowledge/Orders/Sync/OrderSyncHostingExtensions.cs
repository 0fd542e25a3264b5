using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ShopBot.Knowledge.Orders.Sync;

public static class OrderSyncHostingExtensions
{
    /// <summary>
    /// Registers the platform order sync. The synced orders (in memory; the bot replaces them and the lock with Redis ones when configured) exist always (empty without a sync); the TOP client and
    /// the polling service only when <c>Orders:Taobao</c> is configured, so without it nothing is called.
    /// </summary>
    public static IHostApplicationBuilder AddOrderSync(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<TaobaoOptions>().BindConfiguration(TaobaoOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ISyncedOrderStore, SyncedOrders>();
        services.AddSingleton<IOrderSyncLock, LocalOrderSyncLock>();
        var taobao = new TaobaoOptions();
        builder.Configuration.GetSection(TaobaoOptions.Section).Bind(taobao);
        if (taobao.IsConfigured)
        {
            services.AddHttpClient(TopClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
            services.AddSingleton<TopClient>();
            services.AddSingleton<OrderSync>();
            services.AddHostedService<OrderSyncService>();
        }

        return builder;
    }
}
