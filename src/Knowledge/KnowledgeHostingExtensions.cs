using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Evaluation;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge;

public static class KnowledgeHostingExtensions
{
    /// <summary>Registers understanding and answering: knowledge base paths, normaliser, intent model and decision.</summary>
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section);
        services.AddOptions<IntentModelOptions>().BindConfiguration(IntentModelOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DecisionOptions>().BindConfiguration(DecisionOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton(sp => KnowledgeBasePaths.Locate(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Root));
        services.AddSingleton(sp => TraditionalSimplifiedMap.Load(sp.GetRequiredService<KnowledgeBasePaths>().TraditionalToSimplified));
        services.AddSingleton(sp => PinyinWords.Load(sp.GetRequiredService<KnowledgeBasePaths>().PinyinWords, sp.GetRequiredService<KnowledgeBasePaths>().MixedWords));
        services.AddSingleton<TextNormalizer>();
        services.AddSingleton<HandoffRequestDetector>();
        services.AddSingleton(sp => EscalationWords.Load(sp.GetRequiredService<KnowledgeBasePaths>(), sp.GetRequiredService<TextNormalizer>()));
        services.AddSingleton<IntentModelHost>();
        services.AddSingleton<IIntentClassifier>(sp => sp.GetRequiredService<IntentModelHost>());
        services.AddHostedService<IntentModelWarmup>();
        services.AddSingleton<IntentDecider>();
        services.AddSingleton<IntentUnderstander>();
        services.AddSingleton<CrossValidator>();
        services.AddSingleton<Promotion.ModelGate>();
        services.AddSingleton<Promotion.IIntentModelStore, Promotion.FileIntentModelStore>();
        Screening.ScreeningHostingExtensions.AddScreening(services);
        Orders.AnsweringServiceCollectionExtensions.AddAnswering(services);
        Dialogs.DialogsServiceCollectionExtensions.AddDialogs(services);
        Kernel.KernelServiceCollectionExtensions.AddShopKernel(services);
        Logistics.LogisticsServiceCollectionExtensions.AddLogistics(builder);
        Orders.Sync.OrderSyncHostingExtensions.AddOrderSync(builder);
        return builder;
    }
}
