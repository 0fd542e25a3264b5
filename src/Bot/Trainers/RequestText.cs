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
            return (null, TrainerErrors.UnsupportedMediaType("请以 Content-Type: text/yaml; charset=utf-8 发送文件。"));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TrainerErrors.TooLarge($"内容超过 {maxBytes} 字节。"));
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
                    return (null, TrainerErrors.TooLarge($"内容超过 {maxBytes} 字节。"));
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
            return (null, TrainerErrors.BadArgument("内容不是有效的 UTF-8 文本。"));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TrainerErrors.TooLarge($"内容超过 {maxBytes} 字节。"));
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException)
        {
            return (null, TrainerErrors.BadArgument("内容读不出来（格式不对或不完整），请重新发送。"));
        }
    }
}
