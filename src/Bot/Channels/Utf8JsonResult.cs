using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ShopBot.Bot.Channels;

/// <summary>
/// A 200 with a body that is already JSON (UTF-8): the bytes <c>Results.Json</c> would send, without the JSON result's
/// per-call logger (a new one per response under Serilog's logger factory) on the Direct Line hot path.
/// </summary>
public sealed class Utf8JsonResult(ReadOnlyMemory<byte> utf8) : IResult
{
    public static Utf8JsonResult Of<T>(T value, JsonTypeInfo<T> type) => new(JsonSerializer.SerializeToUtf8Bytes(value, type));

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = utf8.Length;
        await httpContext.Response.Body.WriteAsync(utf8, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
