using Microsoft.Extensions.Options;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Turns;

/// <summary>
/// While the bot works on a buyer's message for longer than <see cref="TypingOptions.Delay"/>, sends <c>typing</c>
/// every <see cref="TypingOptions.Period"/> (as botbuilder's <c>ShowTypingMiddleware</c>), until the first reply went
/// out or the turn ended. The typing activities pass every outer send hook, as any reply does.
/// </summary>
public sealed partial class ShowTypingMiddleware(IOptions<TypingOptions> options, TimeProvider time, ILogger<ShowTypingMiddleware> logger) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        using var answered = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        turnContext.OnSendActivities(async (context, activities, sendNext) =>
        {
            var responses = await sendNext().ConfigureAwait(false);
            if (activities.Any(a => a.Type != ActivityTypes.Typing))
            {
                await answered.CancelAsync().ConfigureAwait(false);
            }

            return responses;
        });
        var typing = ShowTypingAsync(turnContext, answered.Token);
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await answered.CancelAsync().ConfigureAwait(false);
            await typing.ConfigureAwait(false);
        }
    }

    private async Task ShowTypingAsync(ITurnContext turnContext, CancellationToken answered)
    {
        var settings = options.Value;
        try
        {
            await Task.Delay(settings.Delay, time, answered).ConfigureAwait(false);
            while (!answered.IsCancellationRequested)
            {
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, answered).ConfigureAwait(false);
                await Task.Delay(settings.Period, time, answered).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The reply went out or the turn ended.
        }
        catch (Exception exception)
        {
            // Typing is a courtesy: failing to show it must never fail the turn.
            LogTypingFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not show typing")]
    private partial void LogTypingFailed(Exception exception);
}
