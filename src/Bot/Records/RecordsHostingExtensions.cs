using ShopBot.Bot.Records;
using ShopBot.Handoff.History;
using ShopBot.Handoff.Notifications;
using ShopBot.Knowledge.Cases;
using StackExchange.Redis;
using TurnMiddleware = ShopBot.Bot.Turns.IMiddleware;

// In the hosting namespace, like the other Add/Map extensions, so Program.cs needs no new using.
namespace ShopBot.Bot.Hosting;

public static class RecordsHostingExtensions
{
    /// <summary>
    /// Records every bot turn and handoff event (the <c>Records</c> section): in Redis when the handoff connected one,
    /// else in this process. Wraps the notifier, the buyer history and the case store the bot registered, so call it after
    /// <c>AddAfterSalesBot</c>; called earlier it fails start-up, never silently.
    /// </summary>
    public static WebApplicationBuilder AddConversationRecords(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<RecordsOptions>().BindConfiguration(RecordsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IConversationRecords>(sp => sp.GetService<IConnectionMultiplexer>() is { } redis
            ? ActivatorUtilities.CreateInstance<RedisConversationRecords>(sp, redis)
            : ActivatorUtilities.CreateInstance<InMemoryConversationRecords>(sp));
        services.AddSingleton<ConversationEventRecorder>();
        services.AddSingleton<TurnCaseChanges>();
        services.AddSingleton<TurnMiddleware, TurnRecordingMiddleware>();
        Decorate<IBuyerNotifier>(services, (sp, inner) => ActivatorUtilities.CreateInstance<RecordingBuyerNotifier>(sp, inner));
        Decorate<ICaseStore>(services, (sp, inner) => ActivatorUtilities.CreateInstance<CaseChangeRecordingStore>(sp, inner));
        Decorate<IBuyerHistory>(services, (sp, inner) => ActivatorUtilities.CreateInstance<RecordingBuyerHistory>(sp, inner));
        return builder;
    }

    /// <summary>Replaces the last singleton registration of <typeparamref name="TService"/> by a wrapper around it.</summary>
    private static void Decorate<TService>(IServiceCollection services, Func<IServiceProvider, TService, TService> wrap)
        where TService : class
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(TService) && !d.IsKeyedService);
        if (original is null || original.Lifetime != ServiceLifetime.Singleton)
        {
            throw new InvalidOperationException($"AddConversationRecords needs a singleton {typeof(TService).Name} registered before it: call it after AddAfterSalesBot.");
        }

        services[services.IndexOf(original)] = ServiceDescriptor.Singleton(sp => wrap(sp, Create<TService>(sp, original)));
    }

    private static TService Create<TService>(IServiceProvider services, ServiceDescriptor original)
        where TService : class =>
        (TService)(original.ImplementationInstance
            ?? original.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, original.ImplementationType!));
}
