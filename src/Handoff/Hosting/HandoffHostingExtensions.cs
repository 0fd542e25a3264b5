using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Agents;
using ShopBot.Handoff.InMemory;
using ShopBot.Handoff.Notifications;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Redis;
using ShopBot.Handoff.State;
using ShopBot.Handoff.Transcripts;
using ShopBot.Handoff.Triggers;
using StackExchange.Redis;

namespace ShopBot.Handoff.Hosting;

public static class HandoffHostingExtensions
{
    /// <summary>
    /// Registers the handoff: options from the <c>Handoff</c> section (validated at start-up), the stores (Redis when
    /// <c>ConnectionStrings:Redis</c> is set, with one shared multiplexer; in memory otherwise), the service, the
    /// trigger policy and the sweeper. The host registers its <see cref="IBuyerNotifier"/>; until it does, notices are logged.
    /// </summary>
    public static IHostApplicationBuilder AddHandoff(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HandoffOptions>, HandoffOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        var redis = builder.Configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<InMemoryHandoffStore>();
            services.AddSingleton<IHandoffQueue>(sp => sp.GetRequiredService<InMemoryHandoffStore>());
            services.AddSingleton<IAgentDirectory>(sp => sp.GetRequiredService<InMemoryHandoffStore>());
            services.AddSingleton<ITranscriptStore, InMemoryTranscriptStore>();
            services.AddSingleton<IClientActivityIds, InMemoryClientActivityIds>();
            services.AddSingleton<IConversationStateStore, InMemoryConversationStateStore>();
        }
        else
        {
            services.TryAddSingleton<IConnectionMultiplexer>(_ => Connect(redis));
            services.AddSingleton<RedisHandoffStore>();
            services.AddSingleton<IHandoffQueue>(sp => sp.GetRequiredService<RedisHandoffStore>());
            services.AddSingleton<IAgentDirectory>(sp => sp.GetRequiredService<RedisHandoffStore>());
            services.AddSingleton<ITranscriptStore, RedisTranscriptStore>();
            services.AddSingleton<IClientActivityIds, RedisClientActivityIds>();
            services.AddSingleton<IConversationStateStore, RedisConversationStateStore>();
        }

        services.TryAddSingleton<IBuyerNotifier, LoggingBuyerNotifier>();
        services.AddSingleton<BusinessHours>();
        services.AddSingleton<WaitEstimator>();
        services.AddSingleton<HandoffTriggerPolicy>();
        services.AddSingleton<HandoffService>();
        services.AddSingleton<HandoffSweeper>();
        services.AddHostedService<HandoffSweeperService>();
        return builder;
    }

    private static ConnectionMultiplexer Connect(string connectionString)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        // Keep retrying in the background instead of failing start-up when Redis is briefly unreachable.
        configuration.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(configuration);
    }
}
