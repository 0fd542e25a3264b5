using System.Globalization;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Trainers;
using StackExchange.Redis;

namespace ShopBot.Bot.Hosting;

/// <summary>
/// Answers a request that failed because Redis is unreachable, slow or still loading with a quick 503, a
/// <c>Retry-After</c> header and the error body of the API that was called (the trainer API's shape under
/// <c>/api/trainer</c>, the channels' <c>{"error":{"code","message"}}</c> elsewhere), instead of a bare 500.
/// A request answered this way may be sent again as it is. Whether it was stored cannot always be known (Redis may run a
/// write whose answer it never sent, or send it after the call timed out), so a Direct Line post is made safe to send
/// again instead: its activity is stored together with its <c>channelData.clientActivityID</c>, and a second post of that
/// id answers the first one's id without storing it twice. Once the buyer's activity is stored the post is answered with
/// its id even if the turn after it fails, so a 503 never stands for a message that was kept.
/// </summary>
public sealed partial class StorageOutageMiddleware(RequestDelegate next, ILogger<StorageOutageMiddleware> logger)
{
    public const int RetryAfterSeconds = 2;

    public const string Code = "ServiceUnavailable";

    public const string Message = "Storage is briefly unavailable; send the same request again after Retry-After seconds (an activity sent again with the same channelData.clientActivityID is stored once).";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsOutage(exception) && !context.Response.HasStarted)
        {
            LogOutage(context.Request.Method, context.Request.Path, exception.GetType().Name);
            context.Response.Clear();
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            var error = context.Request.Path.StartsWithSegments("/api/trainer", StringComparison.OrdinalIgnoreCase)
                ? TrainerErrors.Create(StatusCodes.Status503ServiceUnavailable, Code, Message)
                : ChannelErrors.Create(StatusCodes.Status503ServiceUnavailable, Code, Message);
            await error.ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    /// <summary>True for a lost or refused connection, a timeout, or a server that asks to be tried again (still loading its data after a restart, busy, no master), also when wrapped.</summary>
    public static bool IsOutage(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is RedisConnectionException or RedisTimeoutException
                || exception is RedisServerException { Kind: RedisErrorKind.Loading or RedisErrorKind.MasterDown or RedisErrorKind.TryAgain or RedisErrorKind.Busy }
                || (exception is RedisServerException server && server.Message.StartsWith("LOADING", StringComparison.Ordinal)))
            {
                return true;
            }

            if (exception is AggregateException aggregate && aggregate.InnerExceptions.Any(IsOutage))
            {
                return true;
            }
        }

        return false;
    }

    // One line per refused request, without the stack: an outage refuses many requests for one cause.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis unavailable ({Failure}): answered {Method} {Path} with 503")]
    private partial void LogOutage(string method, string path, string failure);
}
