using ShopBot.Knowledge.Entities;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>Registers the scripted flows and the <see cref="DialogEngine"/> that runs them.</summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DialogOptions>().BindConfiguration(DialogOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => MessageAnalyzer.Load(sp.GetRequiredService<KnowledgeBasePaths>(), sp.GetRequiredService<Text.TextNormalizer>()));
        services.AddSingleton<DialogServices>();
        services.AddSingleton<IDialogFlow, TrackFlow>();
        services.AddSingleton<IDialogFlow, HurryFlow>();
        services.AddSingleton<IDialogFlow, RefundUnshippedFlow>();
        services.AddSingleton<IDialogFlow, QualityReturnFlow>();
        services.AddSingleton<IDialogFlow, InvoiceFlow>();
        services.AddSingleton<IDialogFlow, NoReasonReturnFlow>();
        services.AddSingleton<IDialogFlow, DelayShipmentFlow>();
        services.AddSingleton<IDialogFlow, RestoreOrderFlow>();
        services.AddSingleton<IDialogFlow, ChangeAddressFlow>();
        services.AddSingleton<IDialogFlow, OrderChangeFlow>();
        foreach (var flow in new AnswerFlows().All)
        {
            services.AddSingleton(flow);
        }

        services.AddSingleton<DialogEngine>();
        services.AddSingleton<NeedSplitter>();
        return services;
    }
}
