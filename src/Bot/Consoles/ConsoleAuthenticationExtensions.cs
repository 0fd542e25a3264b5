using ShopBot.Bot.Consoles;

// In the hosting namespace, like the other Add/Map extensions, so Program.cs needs no new using.
namespace ShopBot.Bot.Hosting;

public static class ConsoleAuthenticationExtensions
{
    /// <summary>
    /// One authentication scheme for every console key, and one authorization policy per role
    /// (<see cref="ConsoleRoles"/>), which the consoles' route groups require.
    /// </summary>
    public static WebApplicationBuilder AddConsoleAuthentication(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ConsoleKeys>();
        builder.Services.AddTransient<ConsoleKeyAuthenticationHandler>();
        builder.Services.AddAuthentication(options =>
        {
            options.DefaultScheme = ConsoleKeyAuthenticationHandler.SchemeName;
            options.AddScheme<ConsoleKeyAuthenticationHandler>(ConsoleKeyAuthenticationHandler.SchemeName, null);
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ConsoleRoles.Agent, policy => policy.RequireRole(ConsoleRoles.Agent))
            .AddPolicy(ConsoleRoles.Supervisor, policy => policy.RequireRole(ConsoleRoles.Supervisor))
            .AddPolicy(ConsoleRoles.Trainer, policy => policy.RequireRole(ConsoleRoles.Trainer));
        return builder;
    }
}
