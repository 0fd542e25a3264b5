using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Desk;
using ShopBot.Handoff.History;
using ShopBot.Handoff.InMemory;
using ShopBot.Handoff.Notifications;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Redis;
using ShopBot.Handoff.Retention;
using ShopBot.Handoff.State;
using ShopBot.Handoff.Transcripts;
using ShopBot.Handoff.Triggers;
using StackExchange.Redis;

namespace ShopBot.Handoff.Hosting;

public static class HandoffHostingExtensions
{
    /// <summary>
    /// Registers the handoff: options from the <c>Handoff</c> section (validated at start-up), the stores (Redis when
    /// <c>ConnectionStrings:Redis</c> is set, with one shared multiplexer that fails fast
    /// within <see cref="RedisOptions.OperationTimeout"/>; in memory otherwise), the service, the
    /// trigger policy and the sweeper. The host registers its <see cref="IBuyerNotifier"/>; until it does, notices are logged.
    /// </summary>
    public static IHostApplicationBuilder AddHandoff(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HandoffOptions>, HandoffOptionsValidator>());
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        var redis = builder.Configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<InMemoryHandoffStore>();
            services.AddSingleton<IHandoffQueue>(sp => sp.GetRequiredService<InMemoryHandoffStore>());
            services.AddSingleton<IAgentDirectory>(sp => sp.GetRequiredService<InMemoryHandoffStore>());
            services.AddSingleton<IDeskStore>(sp => sp.GetRequiredService<InMemoryHandoffStore>());
            services.AddSingleton<InMemoryNoteStore>();
            services.AddSingleton<INoteStore>(sp => sp.GetRequiredService<InMemoryNoteStore>());
            services.AddSingleton<IdleConversations>();
            services.AddSingleton(sp => new InMemoryTranscriptStore(sp.GetRequiredService<IdleConversations>()));
            services.AddSingleton<ITranscriptStore>(sp => sp.GetRequiredService<InMemoryTranscriptStore>());
            services.AddSingleton(sp => new InMemoryConversationStateStore(sp.GetRequiredService<IdleConversations>()));
            services.AddSingleton<IConversationStateStore>(sp => sp.GetRequiredService<InMemoryConversationStateStore>());
            services.AddSingleton<InMemoryRetentionSweeper>();
            services.AddHostedService<InMemoryRetentionService>();
            services.AddSingleton<IBuyerHistory, InMemoryBuyerHistory>();
        }
        else
        {
            services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.Section).ValidateDataAnnotations().ValidateOnStart();
            services.TryAddSingleton<IConnectionMultiplexer>(sp => Connect(redis, sp.GetRequiredService<IOptions<RedisOptions>>().Value));
            services.AddSingleton<RedisHandoffStore>();
            services.AddSingleton<IHandoffQueue>(sp => sp.GetRequiredService<RedisHandoffStore>());
            services.AddSingleton<IAgentDirectory>(sp => sp.GetRequiredService<RedisHandoffStore>());
            services.AddSingleton<IDeskStore>(sp => sp.GetRequiredService<RedisHandoffStore>());
            services.AddSingleton<INoteStore, RedisNoteStore>();
            services.AddSingleton<ITranscriptStore, RedisTranscriptStore>();
            services.AddSingleton<IConversationStateStore, RedisConversationStateStore>();
            services.AddSingleton<IBuyerHistory, RedisBuyerHistory>();
        }

        services.TryAddSingleton<IBuyerNotifier, LoggingBuyerNotifier>();
        services.AddSingleton<BusinessHours>();
        services.AddSingleton<WaitEstimator>();
        services.AddSingleton<HandoffTriggerPolicy>();
        services.AddSingleton<QueueNotices>();
        services.AddSingleton<BuyerHandoff>();
        services.AddSingleton<AgentDesk>();
        services.AddSingleton<HandoffSweeper>();
        services.AddHostedService<HandoffSweeperService>();
        return builder;
    }

    private static ConnectionMultiplexer Connect(string connectionString, RedisOptions options)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        // Keep retrying in the background instead of failing start-up when Redis is briefly unreachable.
        configuration.AbortOnConnectFail = false;
        var timeout = (int)options.OperationTimeout.TotalMilliseconds;
        configuration.ConnectTimeout = (int)options.ConnectTimeout.TotalMilliseconds;
        configuration.SyncTimeout = timeout;
        configuration.AsyncTimeout = timeout;
        // While disconnected, fail a command at once instead of holding it until the timeout: the request is answered
        // 503 with Retry-After, nothing half-done is stored, and the client sends it again.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        // Try to reconnect at this steady pace rather than the default back-off of up to ten seconds, so the host is
        // ready again about a second after Redis is.
        configuration.ReconnectRetryPolicy = new LinearRetry(timeout);
        return ConnectionMultiplexer.Connect(configuration);
    }
}
