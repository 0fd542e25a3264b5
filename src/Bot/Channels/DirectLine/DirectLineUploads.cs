using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
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
        HttpContext http, string conversationId, DirectLineTokens tokens, DirectLineConversations conversations, AttachmentStore store,
        IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
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

        // Every file is read and checked before any is saved, so a refused upload leaves nothing on disk.
        var accepted = new List<(IFormFile File, byte[] Bytes, string ContentType, string Extension)>();
        foreach (var file in files)
        {
            if (file.Length > limits.MaxUploadBytes)
            {
                return ChannelErrors.TooLarge($"'{file.FileName}' is larger than {limits.MaxUploadBytes} bytes.");
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            var bytes = buffer.ToArray();
            if (AttachmentStore.Sniff(bytes) is not { } type)
            {
                return ChannelErrors.UnsupportedMediaType($"'{file.FileName}' is not a JPEG, PNG, GIF or WebP image.");
            }

            accepted.Add((file, bytes, type.ContentType, type.Extension));
        }

        var attachments = new List<Attachment>();
        foreach (var (file, bytes, contentType, extension) in accepted)
        {
            var attachmentId = await store.SaveAsync(conversationId, bytes, extension, cancellationToken).ConfigureAwait(false);
            var path = $"v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/attachments/{attachmentId}?sig={tokens.Sign(conversationId + "/" + attachmentId)}";
            var url = limits.PublicBaseUrl is { } publicBase
                ? new Uri(new Uri(publicBase.ToString().TrimEnd('/') + "/"), path).ToString()
                : $"{http.Request.PathBase}/{path}";
            attachments.Add(new Attachment { ContentType = contentType, ContentUrl = url, Name = Path.GetFileName(file.FileName) });
        }

        var response = await conversations.PostAsync(payload!, activity!, attachments, cancellationToken).ConfigureAwait(false);
        return Results.Json(response, BotJsonContext.Default.ResourceResponse);
    }

    /// <summary>Serves an uploaded image to whoever holds its signed address (it appears only in that conversation) or the conversation's token.</summary>
    public static async Task<IResult> DownloadAsync(
        HttpContext http, string conversationId, string attachmentId, string? sig, DirectLineTokens tokens, DirectLineConversations conversations,
        AttachmentStore store, CancellationToken cancellationToken)
    {
        if (!tokens.IsSignatureOf(conversationId + "/" + attachmentId, sig))
        {
            var (_, error) = await DirectLineEndpoints.AuthorizeAsync(http, conversationId, tokens, conversations, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                return error;
            }
        }

        if (store.PathOf(conversationId, attachmentId) is not { } path)
        {
            return ChannelErrors.NotFound("There is no such attachment.");
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "private, max-age=3600";
        return Results.File(path, AttachmentStore.ContentTypeOf(attachmentId));
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
