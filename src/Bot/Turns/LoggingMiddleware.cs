using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Serilog.Context;

namespace ShopBot.Bot.Turns;

/// <summary>
/// Gives each turn a correlation id (in <see cref="TurnState"/> and on every log line of the turn through Serilog's
/// log context) and logs what came in and what went out. Phone numbers and addresses in texts are masked by the
/// logger's enricher, not here.
/// </summary>
public sealed partial class LoggingMiddleware(ILogger<LoggingMiddleware> logger) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var correlation = new TurnCorrelation(NewCorrelationId());
        turnContext.TurnState.Set(correlation);
        var activity = turnContext.Activity;
        using (LogContext.Push(new TurnLogProperties(correlation.Id, activity.Conversation?.Id, activity.ChannelId)))
        {
            LogReceived(activity.Type, activity.Id, activity.Text, activity.Attachments?.Count ?? 0);
            turnContext.OnSendActivities(async (context, activities, sendNext) =>
            {
                var responses = await sendNext().ConfigureAwait(false);
                foreach (var sent in activities)
                {
                    LogSent(sent.Type, sent.Text);
                }

                return responses;
            });
            var started = Stopwatch.GetTimestamp();
            await next(cancellationToken).ConfigureAwait(false);
            LogCompleted(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>The first 16 hex digits of a new GUID, written without the whole GUID's string.</summary>
    private static string NewCorrelationId()
    {
        Span<char> digits = stackalloc char[32];
        Guid.NewGuid().TryFormat(digits, out _, "N");
        return new string(digits[..16]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn started: {ActivityType} {ActivityId} {Text} with {AttachmentCount} attachments")]
    private partial void LogReceived(string? activityType, string? activityId, string? text, int attachmentCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {ActivityType} {Text}")]
    private partial void LogSent(string? activityType, string? text);

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn completed in {ElapsedMs:0.0} ms")]
    private partial void LogCompleted(double elapsedMs);
}
