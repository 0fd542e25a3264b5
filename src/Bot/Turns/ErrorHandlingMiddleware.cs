using Microsoft.Extensions.Logging;

namespace ShopBot.Bot.Turns;

/// <summary>
/// The turn's last line of defence: logs what went wrong and apologises to the buyer in plain words. The exception
/// text never reaches the buyer. A continuation has no buyer message to apologise for: its failure goes to the caller
/// (a notice, an agent's reply, a follow-up), which reports the message as not delivered.
/// </summary>
public sealed partial class ErrorHandlingMiddleware(ILogger<ErrorHandlingMiddleware> logger) : IMiddleware
{
    public const string Apology = "抱歉，系统刚才出了点小状况，您的消息我们已经收到。请稍后再发一次；着急的话可以输入“人工客服”，由客服同事为您处理。";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.IsContinuation)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogTurnFailed(ex, turnContext.Activity.Type, turnContext.Activity.Id);
            await ApologiseAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ApologiseAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            await turnContext.SendActivityAsync(Apology, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogApologyFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for {ActivityType} activity {ActivityId}")]
    private partial void LogTurnFailed(Exception exception, string? activityType, string? activityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not send the apology after a failed turn")]
    private partial void LogApologyFailed(Exception exception);
}
