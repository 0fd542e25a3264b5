using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Features;

namespace ShopBot.Bot.Channels;

/// <summary>Reads a JSON request body with a size limit, turning every kind of bad body into a 4xx with a clear message.</summary>
public static class JsonBodyReader
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
            return (null, ChannelErrors.TooLarge($"The body is larger than {maxBytes} bytes."));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync(request.Body, type, cancellationToken).ConfigureAwait(false);
            if (value is null)
            {
                return (null, ChannelErrors.BadArgument("The body is empty or null."));
            }

            return CanBeWritten(value, type) ? (value, null) : (null, ChannelErrors.BadArgument("The body holds an escaped lone surrogate (such as \\ud800) in a free-form field: not valid Unicode text."));
        }
        catch (JsonException ex)
        {
            return (null, ChannelErrors.BadArgument($"The body is not valid JSON for this call: {ex.Message}"));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, ChannelErrors.TooLarge($"The body is larger than {maxBytes} bytes."));
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException)
        {
            // A malformed chunked body or one cut short: the client's fault, never a 500.
            return (null, ChannelErrors.BadArgument("The body could not be read (malformed or cut short); send it again."));
        }
    }

    /// <summary>
    /// Free-form parts (<c>channelData</c>, <c>value</c>, unknown properties) are kept as raw JSON, which accepts an
    /// escaped lone surrogate that fails only later, when the activity is written back (to the transcript, the stream
    /// or a channel). Writing it once here turns that into a 400 at the edge.
    /// </summary>
    private static bool CanBeWritten<T>(T value, JsonTypeInfo<T> type)
    {
        try
        {
            JsonSerializer.Serialize(Stream.Null, value, type);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return false;
        }
    }
}
