using ShopBot.Bot.Storage;
using ShopBot.Bot.Turns;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Notifications;

namespace ShopBot.Bot.AfterSales;

public static class AfterSalesHostingExtensions
{
    /// <summary>The after-sales bot with its human handoff: the queue, state and cases in memory, or on Redis when configured.</summary>
    public static WebApplicationBuilder AddAfterSalesBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddHandoff();
        builder.AddCaseStorage();
        var services = builder.Services;
        services.AddSingleton<DialogStateStore>();
        services.AddSingleton<AgentDisplayNames>();
        services.AddSingleton<BuyerNoticeWording>();
        services.AddSingleton<HandoffSummary>();
        services.AddSingleton<TurnHandoff>();
        services.AddSingleton<HandoverNotice>();
        services.AddSingleton<TurnPlanner>();
        services.AddSingleton<QueuedReplies>();
        services.AddSingleton<IBuyerNotifier, ChannelBuyerNotifier>();
        services.AddScoped<IBot, AfterSalesBot>();
        services.AddSingleton<ParcelFollowUp>();
        services.AddHostedService<ParcelFollowUpService>();
        return builder;
    }
}
