using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Features;

namespace ShopBot.Bot.Channels;

/// <summary>Reads a JSON request body with a size limit, turning every kind of bad body into a 4xx with a clear message.</summary>
/// <remarks>
/// The body is read whole from Kestrel's pipe (it is at most <c>maxBytes</c>, a few kilobytes for a buyer's message) and
/// parsed in one call, instead of through the serializer's stream reader with its own buffers and async steps.
/// </remarks>
public static partial class JsonBodyReader
{
    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, long maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            return (null, ChannelErrors.UnsupportedMediaType("The body must be JSON ('Content-Type: application/json')."));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        var body = request.BodyReader;
        try
        {
            var read = await body.ReadAsync(cancellationToken).ConfigureAwait(false);
            while (!read.IsCompleted && !read.IsCanceled && read.Buffer.Length <= maxBytes)
            {
                body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                read = await body.ReadAsync(cancellationToken).ConfigureAwait(false);
            }

            try
            {
                return read.Buffer.Length > maxBytes ? (null, TooLarge(maxBytes)) : Parse(read.Buffer, type);
            }
            finally
            {
                body.AdvanceTo(read.Buffer.End);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBytes));
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException)
        {
            // A malformed chunked body or one cut short: the client's fault, never a 500.
            return (null, ChannelErrors.BadArgument("The body could not be read (malformed or cut short); send it again."));
        }
    }

    private static IResult TooLarge(long maxBytes) => ChannelErrors.TooLarge($"The body is larger than {maxBytes} bytes.");

    private static (T? Value, IResult? Error) Parse<T>(ReadOnlySequence<byte> body, JsonTypeInfo<T> type)
        where T : class
    {
        ReadOnlySpan<byte> json = body.IsSingleSegment ? body.FirstSpan : body.ToArray();
        // As the serializer's stream reader does: a UTF-8 byte order mark is not part of the JSON.
        if (json.StartsWith(Utf8ByteOrderMark))
        {
            json = json[Utf8ByteOrderMark.Length..];
        }

        try
        {
            var value = JsonSerializer.Deserialize(json, type);
            if (value is null)
            {
                return (null, ChannelErrors.BadArgument("The body is empty or null."));
            }

            return !MayNotBeWritable(json) || CanBeWritten(value, type)
                ? (value, null)
                : (null, ChannelErrors.BadArgument("The body holds an escaped lone surrogate (such as \\ud800) in a free-form field: not valid Unicode text."));
        }
        catch (JsonException ex)
        {
            return (null, ChannelErrors.BadArgument($"The body is not valid JSON for this call: {ex.Message}"));
        }
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];
}
