using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Agents.Settlement;
using ShopBot.Bot.Hosting;

namespace ShopBot.Bot.Agents;

public static class AgentConsoleHostingExtensions
{
    /// <summary>
    /// The strictest policy the console works with: its own scripts, styles and API only, nothing inline, no frames.
    /// Buyer text is only ever set as text, and this keeps a slip from becoming a script.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data: blob:; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Registers the agent API: keys from <c>Consoles:Agents</c> and <c>Consoles:Supervisors</c> (validated at start-up), views, screening and the event stream.</summary>
    public static WebApplicationBuilder AddAgentConsole(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AgentConsoleOptions>().BindConfiguration(AgentConsoleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AgentConsoleOptions>, AgentConsoleOptionsValidator>());
        services.AddSingleton<CaseSettlement>();
        services.AddSingleton<SettlementWording>();
        services.AddSingleton<AgentViews>();
        services.AddSingleton<BuyerHistoryViews>();
        services.AddSingleton<AgentReplyScreening>();
        services.AddSingleton<CannedReplies>();
        services.AddSingleton<AgentDeskViews>();
        services.AddSingleton<AgentEventStream>();
        services.AddSingleton<AgentImageSender>();
        return builder;
    }

    /// <summary>Maps <c>/api/agent</c> and puts the security headers on the console page at <c>/agent</c>; call before the static files.</summary>
    public static WebApplication MapAgentConsole(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseConsoleSecurityHeaders(path => path.StartsWithSegments("/agent", StringComparison.OrdinalIgnoreCase), ContentSecurityPolicy);
        app.MapAgentApi();
        return app;
    }
}
