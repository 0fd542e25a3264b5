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
        app.UseBuyerPageSecurityHeaders();
        app.UseWebSockets();
        app.MapTrainerConsole();
        Agents.AgentConsoleHostingExtensions.MapAgentConsole(app);
        app.MapReports();
        // Direct Line requests leave the pipeline here, to their endpoint: they need none of what follows.
        app.UseDirectLineShortcut();
        // After the consoles' security headers, so a refused call carries them too. The console-key handler answers
        // Direct Line requests with a quiet NoResult (Direct Line checks its own tokens) when they reach it.
        app.UseAuthentication();
        app.UseAuthorization();
        ServeBuyerPage(app);
        app.UseDefaultFiles();
        app.UseStaticFiles();
        ServeWebChat(app);
        app.MapHealth();
        app.MapDirectLine();
        app.MapBotFramework();
        app.MapBuyerPage(sampleBuyerLogin: app.Environment.IsDevelopment());
        return app;
    }

    /// <summary>The buyer page (never cached, linking its files by content hash) and those files, compressed, from memory.</summary>
    private static void ServeBuyerPage(WebApplication app)
    {
        var dist = WebChatFolder();
        var assets = new BuyerPageAssets(app.Environment.WebRootFileProvider, dist is null ? null : new PhysicalFileProvider(dist));
        app.Use(async (http, next) =>
        {
            var path = http.Request.Path;
            if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            {
                if (path == "/" || path == "/index.html")
                {
                    http.Response.Headers.CacheControl = "no-cache";
                    await Results.Content(assets.Page(), "text/html; charset=utf-8").ExecuteAsync(http).ConfigureAwait(false);
                    return;
                }

                if (BuyerPageAssets.Serves(path) && assets.Get(path.Value!) is { } asset)
                {
                    await assets.ServeAsync(http, asset).ConfigureAwait(false);
                    return;
                }
            }

            await next(http).ConfigureAwait(false);
        });
    }

    private static string? WebChatFolder()
    {
        var root = RootSettingsExtensions.FindRoot();
        var candidates = new[]
        {
            root is null ? null : Path.Combine(root, "node_modules", "botframework-webchat", "dist"),
            Path.Combine(AppContext.BaseDirectory, "webchat"),
        };
        return candidates.FirstOrDefault(folder => folder is not null && File.Exists(Path.Combine(folder, "webchat.js")));
    }

    /// <summary>
    /// Web Chat comes from npm (<c>npm ci</c> at the repository root), never copied into the repository; a published
    /// host carries its copy in <c>webchat/</c> next to its assembly.
    /// </summary>
    private static void ServeWebChat(WebApplication app)
    {
        var root = RootSettingsExtensions.FindRoot();
        var candidates = new[]
        {
            root is null ? null : Path.Combine(root, "node_modules", "botframework-webchat", "dist"),
            Path.Combine(AppContext.BaseDirectory, "webchat"),
        };
        var dist = candidates.FirstOrDefault(folder => folder is not null && File.Exists(Path.Combine(folder, "webchat.js")));
        if (dist is null)
        {
            LogWebChatMissing(app.Logger, candidates[0] ?? "node_modules/botframework-webchat/dist");
            return;
        }

        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(dist), RequestPath = "/lib" });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Web Chat is missing at {Folder}: run npm ci at the repository root, or the buyer page cannot chat")]
    private static partial void LogWebChatMissing(ILogger logger, string folder);
}
