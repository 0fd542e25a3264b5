namespace ShopBot.Bot.Hosting;

internal static class EndpointExtensions
{
    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        return app;
    }
}
