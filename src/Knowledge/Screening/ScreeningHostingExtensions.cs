using Microsoft.Extensions.DependencyInjection;

namespace ShopBot.Knowledge.Screening;

public static class ScreeningHostingExtensions
{
    /// <summary>
    /// Registers the reply screen (needs <see cref="KnowledgeBasePaths"/> and the text normaliser), the gate the bot,
    /// template store and agent console pass replies through, and the watcher that reloads an edited lexicon.
    /// </summary>
    public static IServiceCollection AddScreening(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ScreeningOptions>().BindConfiguration(ScreeningOptions.Section);
        services.AddSingleton<ReplyScreen>();
        services.AddSingleton<IReplyScreen>(sp => sp.GetRequiredService<ReplyScreen>());
        services.AddSingleton<ReplyGate>();
        services.AddHostedService<ScreeningLexiconWatcher>();
        return services;
    }
}
