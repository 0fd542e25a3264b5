using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Attachments;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>
/// <c>POST /conversations/{id}/upload</c> as <c>botframework-directlinejs</c> sends it (multipart: an optional
/// <c>activity</c> part and one <c>file</c> part per image), and the download of what was uploaded.
/// </summary>
public static class DirectLineUploads
{
    private const int FormOverheadBytes = 64 * 1024;

    public static async Task<IResult> UploadAsync(
        HttpContext http, string conversationId, DirectLineTokens tokens, DirectLineConversations conversations, DirectLinePostLimiter limiter, IAttachmentStore store,
        AttachmentAddresses addresses, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        if (limiter.Acquire(http) is { } tooMany)
        {
            return tooMany;
        }

        var (payload, error) = await DirectLineEndpoints.AuthorizeAsync(http, conversationId, tokens, conversations, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var limits = options.Value;
        long maxBody = ((long)limits.MaxUploadBytes * limits.MaxUploadFiles) + FormOverheadBytes;
        if (!http.Request.HasFormContentType)
        {
            return ChannelErrors.UnsupportedMediaType("Upload with 'Content-Type: multipart/form-data'.");
        }

        if (http.Request.ContentLength > maxBody)
        {
            return ChannelErrors.TooLarge($"At most {limits.MaxUploadFiles} images of {limits.MaxUploadBytes} bytes each.");
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = maxBody;
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            return ChannelErrors.BadArgument($"The upload is not a readable multipart form: {ex.Message}");
        }

        var files = form.Files.Where(f => f.Name != "activity").ToList();
        if (files.Count == 0 || files.Count > limits.MaxUploadFiles)
        {
            return ChannelErrors.BadArgument($"Send 1 to {limits.MaxUploadFiles} images as 'file' parts.");
        }

        var (activity, activityError) = await ReadActivityPartAsync(form, cancellationToken).ConfigureAwait(false);
        if (activityError is not null)
        {
            return activityError;
        }

        var invalid = ActivityRules.Check(activity!, limits);
        if (invalid is not null)
        {
            return invalid;
        }

        // Every file is read and checked before any is saved, so a refused upload leaves nothing stored.
        var accepted = new List<(IFormFile File, byte[] Bytes, string ContentType)>();
        foreach (var file in files)
        {
            if (file.Length > limits.MaxUploadBytes)
            {
                return ChannelErrors.TooLarge($"'{file.FileName}' is larger than {limits.MaxUploadBytes} bytes.");
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            var bytes = buffer.ToArray();
            if (ImageSniffer.ContentTypeOf(bytes) is not { } contentType)
            {
                return ChannelErrors.UnsupportedMediaType($"'{file.FileName}' is not a JPEG, PNG, GIF or WebP image.");
            }

            accepted.Add((file, bytes, contentType));
        }

        var attachments = new List<Attachment>();
        foreach (var (file, bytes, contentType) in accepted)
        {
            var attachmentId = await store.SaveAsync(new StoredAttachment(conversationId, payload!.UserId, contentType, bytes), cancellationToken).ConfigureAwait(false);
            var address = addresses.ForBuyer(conversationId, attachmentId, http.Request.PathBase);
            // Web Chat draws a buyer's own attachment as a file to download unless it has a thumbnail: every upload is an image, its own.
            attachments.Add(new Attachment { ContentType = contentType, ContentUrl = address, ThumbnailUrl = address, Name = Path.GetFileName(file.FileName) });
        }

        var response = await conversations.PostAsync(payload!, activity!, attachments, cancellationToken).ConfigureAwait(false);
        return Results.Json(response, BotJsonContext.Default.ResourceResponse);
    }

    /// <summary>Serves an uploaded image to whoever holds its signed address (it appears only in that conversation) or the conversation's token.</summary>
    public static async Task<IResult> DownloadAsync(
        HttpContext http, string conversationId, string attachmentId, string? sig, DirectLineTokens tokens, DirectLineConversations conversations,
        IAttachmentStore store, CancellationToken cancellationToken)
    {
        if (!tokens.IsSignatureOf(conversationId + "/" + attachmentId, sig))
        {
            var (_, error) = await DirectLineEndpoints.AuthorizeAsync(http, conversationId, tokens, conversations, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                return error;
            }
        }

        // An id of another conversation is as unknown here as an id that never was.
        if (!AttachmentIds.IsValid(attachmentId)
            || await store.GetAsync(attachmentId, cancellationToken).ConfigureAwait(false) is not { } stored
            || stored.ConversationId != conversationId)
        {
            return ChannelErrors.NotFound("There is no such attachment.");
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "private, max-age=3600";
        return Results.File(stored.Content, stored.ContentType);
    }

    private static async Task<(Activity? Activity, IResult? Error)> ReadActivityPartAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        var part = form.Files.GetFile("activity");
        if (part is null && form.TryGetValue("activity", out var field) && field.Count > 0)
        {
            return Parse(field.ToString());
        }

        if (part is null)
        {
            return (Activity.CreateMessage(string.Empty), null);
        }

        using var reader = new StreamReader(part.OpenReadStream());
        return Parse(await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false));

        static (Activity?, IResult?) Parse(string json)
        {
            try
            {
                var activity = JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity);
                return activity is null ? (null, ChannelErrors.BadArgument("The 'activity' part is null.")) : (activity, null);
            }
            catch (JsonException ex)
            {
                return (null, ChannelErrors.BadArgument($"The 'activity' part is not a valid activity: {ex.Message}"));
            }
        }
    }
}
