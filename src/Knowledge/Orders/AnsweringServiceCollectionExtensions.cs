using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Finance;
using ShopBot.Knowledge.Policies;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Orders;

public static class AnsweringServiceCollectionExtensions
{
    /// <summary>
    /// Registers the answering data: orders (<see cref="IOrderLookup"/>), policies (<see cref="IPolicySearch"/>),
    /// reply templates (<see cref="IReplyTemplates"/>), cases (<see cref="ICaseStore"/>, in memory unless another
    /// store is registered first) and the finance register. The template and policy stores need an
    /// <see cref="Screening.IReplyScreen"/> from the container.
    /// </summary>
    public static IServiceCollection AddAnswering(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<OrdersOptions>().BindConfiguration(OrdersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PolicyOptions>().BindConfiguration(PolicyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<OrderStore>();
        services.AddSingleton<OrderNumberExtractor>();
        services.AddSingleton<IOrderLookup, OrderLookup>();

        services.AddSingleton<CharacterGrams>();
        services.AddSingleton<PolicyKnowledgeBase>();
        services.AddSingleton<IPolicySearch>(sp => sp.GetRequiredService<PolicyKnowledgeBase>());

        services.AddSingleton<TemplateStore>();
        services.AddSingleton<IReplyTemplates>(sp => sp.GetRequiredService<TemplateStore>());

        services.TryAddSingleton<ICaseStore, InMemoryCaseStore>();
        services.AddSingleton<FinanceRegister>();
        return services;
    }
}
