namespace ShopBot.Bot.Hosting;

internal static class ConsoleSecurityHeaders
{
    /// <summary>
    /// Puts the consoles' security headers on every response whose path <paramref name="applies"/>: the console's own
    /// Content-Security-Policy, no sniffing, no framing, no referrer, no caching. Call before the static files.
    /// </summary>
    public static WebApplication UseConsoleSecurityHeaders(this WebApplication app, Func<PathString, bool> applies, string contentSecurityPolicy)
    {
        app.Use((http, next) =>
        {
            if (applies(http.Request.Path))
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = contentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers.CacheControl = "no-store";
            }

            return next(http);
        });
        return app;
    }
}
