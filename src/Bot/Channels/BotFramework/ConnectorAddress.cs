using System.Diagnostics.CodeAnalysis;

namespace ShopBot.Bot.Channels.BotFramework;

/// <summary>
/// A channel's <c>serviceUrl</c> and the connector addresses built from it. Only the scheme, host, port and path of a
/// plain http(s) address are used, and the reply path is put together segment by segment with a URI builder: a
/// <c>?</c> or <c>#</c> in the service URL can no longer cut off the path the bot posts to.
/// </summary>
public static class ConnectorAddress
{
    /// <summary>Accepts an absolute http(s) URL without query, fragment or user info; <paramref name="error"/> says why not.</summary>
    public static bool TryParse(string? serviceUrl, [NotNullWhen(true)] out Uri? uri, [NotNullWhen(false)] out string? error)
    {
        uri = null;
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            error = "'serviceUrl' must be an absolute http(s) address to send the reply to.";
            return false;
        }

        if (parsed.Query.Length > 0 || parsed.Fragment.Length > 0 || serviceUrl!.Contains('?', StringComparison.Ordinal) || serviceUrl.Contains('#', StringComparison.Ordinal))
        {
            error = "'serviceUrl' must not have a query or fragment.";
            return false;
        }

        if (parsed.UserInfo.Length > 0)
        {
            error = "'serviceUrl' must not carry user info.";
            return false;
        }

        uri = parsed;
        error = null;
        return true;
    }

    /// <summary>
    /// <c>{serviceUrl}/v3/conversations/{conversationId}/activities[/{replyToId}]</c>, each id one escaped path segment.
    /// </summary>
    public static Uri Activities(Uri serviceUrl, string conversationId, string? replyToId)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var segments = new List<string> { "v3", "conversations", Segment(conversationId), "activities" };
        if (!string.IsNullOrEmpty(replyToId))
        {
            segments.Add(Segment(replyToId));
        }

        var builder = new UriBuilder(serviceUrl.Scheme, serviceUrl.Host, serviceUrl.Port)
        {
            Path = serviceUrl.AbsolutePath.TrimEnd('/') + "/" + string.Join('/', segments),
        };
        return builder.Uri;
    }

    /// <summary>Whether the path is this host's own <c>/api/messages</c> (or below it): a reply must never go there.</summary>
    public static bool TargetsMessagesEndpoint(Uri target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var path = "/" + target.AbsolutePath.Trim('/') + "/";
        return path.Contains("/api/messages/", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An id as one path segment: escaped, and never a dot segment that would climb the path.</summary>
    private static string Segment(string id)
    {
        if (id is "." or "..")
        {
            throw new ConnectorDeliveryRefusedException("A conversation or activity id cannot be a dot segment.");
        }

        return Uri.EscapeDataString(id);
    }
}
