namespace ShopBot.Bot.Hosting;

internal static class BuyerPageSecurityHeaders
{
    /// <summary>
    /// What the buyer page and Web Chat need, and no more: scripts from this host only, Web Chat's inline styles (it injects
    /// them at run time), images and workers from this host or <c>blob:</c>/<c>data:</c> (Web Chat's inlined assets and a
    /// photo's preview), and calls to this host and to <c>blob:</c> (directlinejs reads a chosen photo from its blob
    /// before uploading it). No frames, no plugins, no forms elsewhere.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data:; " +
        "media-src 'self' blob: data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self' blob:; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Puts no-sniffing on every response (the APIs' JSON included), and the buyer page's policy and no framing on
    /// everything the consoles do not cover with their own, stricter headers (set after these). Call first.
    /// </summary>
    public static WebApplication UseBuyerPageSecurityHeaders(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            return next(http);
        });
        return app;
    }
}
