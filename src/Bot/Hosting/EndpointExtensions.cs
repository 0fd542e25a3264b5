using Microsoft.Extensions.FileProviders;
using ShopBot.Bot.Buyer;
using ShopBot.Bot.Channels.BotFramework;
using ShopBot.Bot.Channels.DirectLine;

namespace ShopBot.Bot.Hosting;

internal static partial class EndpointExtensions
{
    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        app.UseMiddleware<StorageOutageMiddleware>();
        app.UseRateLimiter();
        app.MapTrainerConsole();
        Agents.AgentConsoleHostingExtensions.MapAgentConsole(app);
        app.UseDefaultFiles();
        app.UseStaticFiles();
        ServeWebChat(app);
        app.MapHealth();
        app.MapDirectLine();
        app.MapBotFramework();
        app.MapBuyerPage(sampleBuyerLogin: app.Environment.IsDevelopment());
        return app;
    }

    /// <summary>Web Chat comes from npm (<c>npm ci</c> at the repository root), never copied into the repository.</summary>
    private static void ServeWebChat(WebApplication app)
    {
        var root = RootSettingsExtensions.FindRoot();
        var dist = root is null ? null : Path.Combine(root, "node_modules", "botframework-webchat", "dist");
        if (dist is null || !File.Exists(Path.Combine(dist, "webchat.js")))
        {
            LogWebChatMissing(app.Logger, dist ?? "node_modules/botframework-webchat/dist");
            return;
        }

        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(dist), RequestPath = "/lib" });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Web Chat is missing at {Folder}: run npm ci at the repository root, or the buyer page cannot chat")]
    private static partial void LogWebChatMissing(ILogger logger, string folder);
}
