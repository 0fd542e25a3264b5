namespace ShopBot.Knowledge.Kernel;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

public static class KernelServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Semantic Kernel with the shop's plugins (orders, after-sales, policies), the audit and reply
    /// screen filters (audit outermost, so its time includes the screen), the actions and policy answers the flows
    /// use, and the optional chat model of <see cref="LlmOptions"/>.
    /// </summary>
    public static IServiceCollection AddShopKernel(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OrdersPlugin>();
        services.AddSingleton<AfterSalesPlugin>();
        services.AddSingleton<PoliciesPlugin>();
        services.AddSingleton<IFunctionInvocationFilter, AuditFilter>();
        services.AddSingleton<IFunctionInvocationFilter, ReplyScreenFilter>();

        var kernel = services.AddKernel();
        kernel.Services.AddSingleton(sp => KernelPluginFactory.CreateFromObject(sp.GetRequiredService<OrdersPlugin>(), KernelNames.Orders));
        kernel.Services.AddSingleton(sp => KernelPluginFactory.CreateFromObject(sp.GetRequiredService<AfterSalesPlugin>(), KernelNames.AfterSales));
        kernel.Services.AddSingleton(sp => KernelPluginFactory.CreateFromObject(sp.GetRequiredService<PoliciesPlugin>(), KernelNames.Policies));

        services.AddSingleton<LlmChat>();
        services.AddSingleton<LlmPolicyAnswerer>();
        services.AddSingleton<IAfterSalesActions, KernelAfterSalesActions>();
        services.AddSingleton<IPolicyAnswers, KernelPolicyAnswers>();
        return services;
    }
}
