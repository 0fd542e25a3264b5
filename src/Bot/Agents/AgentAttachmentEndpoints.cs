using Microsoft.Extensions.Options;
using ShopBot.Bot.Attachments;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Handoff;
using ShopBot.Handoff.Routing;
using ShopBot.Handoff.Desk;

namespace ShopBot.Bot.Agents;

/// <summary>
/// Images on the agent's desk: <c>GET /api/agent/attachments/{id}</c> serves one the host keeps, to an agent who is
/// serving its buyer now; <c>POST /api/agent/conversations/{id}/images</c> sends one to the buyer (the body is the
/// image, checked for nothing but its type, read from its bytes, and its size).
/// </summary>
internal static class AgentAttachmentEndpoints
{
    public static RouteGroupBuilder MapAgentAttachments(this RouteGroupBuilder group)
    {
        group.MapGet("/attachments/{attachmentId}", GetAsync);
        group.MapPost("/conversations/{conversationId}/images", SendAsync);
        return group;
    }

    private static async Task<IResult> GetAsync(HttpContext http, string attachmentId, IAttachmentStore store, AgentDesk handoff, CancellationToken cancellationToken)
    {
        if (!AttachmentIds.IsValid(attachmentId) || await store.GetAsync(attachmentId, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return ChannelErrors.NotFound("There is no such image, or it is past its retention.");
        }

        if (!await ServesAsync(handoff, http.Agent().AgentId, stored, cancellationToken).ConfigureAwait(false))
        {
            return ChannelErrors.Forbidden("这张图片属于您当前没有接待的买家。This image belongs to a buyer you are not serving now.");
        }

        // Only an image ever leaves here, with the type its bytes show, and a browser may not read it as anything else.
        if (ImageSniffer.ContentTypeOf(stored.Content) is not { } contentType)
        {
            return ChannelErrors.NotFound("There is no such image.");
        }

        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        headers.CacheControl = "private, no-store";
        return Results.File(stored.Content, contentType);
    }

    private static async Task<IResult> SendAsync(
        HttpContext http, string conversationId, AgentImageSender sender, AgentDesk handoff, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxUploadBytes;
        var (content, error) = await ReadBodyAsync(http.Request, max, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (ImageSniffer.ContentTypeOf(content) is not { } contentType)
        {
            return ChannelErrors.UnsupportedMediaType("Send a JPEG, PNG, GIF or WebP image as the request body.");
        }

        var sent = await sender.SendAsync(http.Agent().AgentId, conversationId, content!, contentType, http.Request.PathBase, cancellationToken).ConfigureAwait(false);
        if (sent is not null)
        {
            return Results.Json(sent, AgentJsonContext.Default.SentImage);
        }

        var routing = await handoff.GetRoutingAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return routing.Ticket is null ? AgentErrors.UnknownConversation() : AgentErrors.NotYours();
    }

    /// <summary>
    /// An agent may see the images of a buyer they are serving now: of the conversation they hold, and of that buyer's
    /// other conversations (an earlier case's photos). Routing is read per held chat, never the whole transcript.
    /// </summary>
    private static async Task<bool> ServesAsync(AgentDesk handoff, string agentId, StoredAttachment stored, CancellationToken cancellationToken)
    {
        if (await handoff.GetAgentAsync(agentId, cancellationToken).ConfigureAwait(false) is not { } agent)
        {
            return false;
        }

        foreach (var conversationId in agent.Conversations)
        {
            var routing = await handoff.GetRoutingAsync(conversationId, cancellationToken).ConfigureAwait(false);
            if (routing.Status == RoutingStatus.WithAgent && routing.AgentId == agentId
                && (conversationId == stored.ConversationId || routing.Ticket?.BuyerId == stored.BuyerId))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The whole body, refused (413) as soon as it passes <paramref name="max"/> bytes, and (400) when empty.</summary>
    private static async Task<(byte[]? Content, IResult? Error)> ReadBodyAsync(HttpRequest request, int max, CancellationToken cancellationToken)
    {
        if (request.ContentLength > max)
        {
            return (null, ChannelErrors.TooLarge($"An image is at most {max} bytes."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return (null, ChannelErrors.TooLarge($"An image is at most {max} bytes."));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == 0 ? (null, ChannelErrors.BadArgument("The request body is empty: send the image itself.")) : (buffer.ToArray(), null);
    }
}
