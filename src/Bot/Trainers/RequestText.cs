using System.Text;
using Microsoft.AspNetCore.Http.Features;
using ShopBot.Knowledge.Text;

namespace ShopBot.Bot.Trainers;

/// <summary>
/// Reads a text body (a YAML file) with a size limit and strict UTF-8, turning every kind of bad body into a 4xx;
/// the text comes back sanitised (<see cref="UntrustedText"/>).
/// </summary>
public static class RequestText
{
    private static readonly string[] TextTypes = ["text/yaml", "text/x-yaml", "application/yaml", "application/x-yaml", "text/plain"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<(string? Text, IResult? Error)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (mediaType is null || !TextTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return (null, TrainerErrors.UnsupportedMediaType("Send the file as 'Content-Type: text/yaml; charset=utf-8'."));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TrainerErrors.TooLarge($"The body is larger than {maxBytes} bytes."));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return (null, TrainerErrors.TooLarge($"The body is larger than {maxBytes} bytes."));
                }

                buffer.Write(chunk, 0, read);
            }

            var bytes = buffer.ToArray().AsSpan();
            if (bytes.StartsWith(StrictUtf8.Preamble))
            {
                bytes = bytes[StrictUtf8.Preamble.Length..];
            }

            return (UntrustedText.Sanitize(StrictUtf8.GetString(bytes)), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, TrainerErrors.BadArgument("The body is not valid UTF-8 text."));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TrainerErrors.TooLarge($"The body is larger than {maxBytes} bytes."));
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException)
        {
            return (null, TrainerErrors.BadArgument("The body could not be read (malformed or cut short); send it again."));
        }
    }
}
