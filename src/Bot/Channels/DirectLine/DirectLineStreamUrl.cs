using System.Globalization;

namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>
/// The <c>streamUrl</c> handed out with a conversation: <c>ws(s)://HOST/v3/directline/conversations/{id}/stream?watermark=N&amp;t=TOKEN</c>.
/// The host is <see cref="DirectLineOptions.PublicBaseUrl"/> when set (behind a TLS-terminating proxy), else the one
/// the caller reached: the answer goes only to that caller, so it cannot point anyone else elsewhere.
/// </summary>
public static class DirectLineStreamUrl
{
    public static string For(HttpRequest request, DirectLineOptions options, string conversationId, string token, long watermark)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var baseUrl = options.PublicBaseUrl?.GetLeftPart(UriPartial.Authority) ?? request.Scheme + "://" + request.Host.ToUriComponent();
        var socketBase = baseUrl.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? "wss:" + baseUrl["https:".Length..] : "ws:" + baseUrl["http:".Length..];
        return string.Create(CultureInfo.InvariantCulture,
            $"{socketBase}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?watermark={watermark}&t={Uri.EscapeDataString(token)}");
    }
}
