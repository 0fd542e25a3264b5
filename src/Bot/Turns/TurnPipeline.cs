using Microsoft.Extensions.DependencyInjection;

namespace ShopBot.Bot.Turns;

/// <summary>
/// Runs the registered <see cref="IMiddleware"/> in registration order, then the turn's callback: the <see cref="IBot"/>
/// for a buyer's activity, the caller's sends for a continuation. The bot is resolved per turn, in its own scope, so the
/// host starts before the bot's own registration exists.
/// </summary>
public sealed class TurnPipeline(IEnumerable<IMiddleware> middleware, IServiceScopeFactory scopes)
{
    private readonly IMiddleware[] _middleware = [.. middleware];

    /// <summary>Runs the middleware, then the bot.</summary>
    public async Task RunAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await using var scope = scopes.CreateAsyncScope();
        await RunStepAsync(turnContext, 0, scope.ServiceProvider, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the middleware, then <paramref name="callback"/> instead of the bot (botbuilder's <c>RunPipelineAsync</c> with a callback).</summary>
    public Task RunAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(callback);
        return RunStepAsync(turnContext, 0, null, callback, cancellationToken);
    }

    private Task RunStepAsync(ITurnContext turnContext, int index, IServiceProvider? services, BotCallbackHandler? callback, CancellationToken cancellationToken)
    {
        if (index < _middleware.Length)
        {
            return _middleware[index].OnTurnAsync(turnContext, ct => RunStepAsync(turnContext, index + 1, services, callback, ct), cancellationToken);
        }

        if (callback is not null)
        {
            return callback(turnContext, cancellationToken);
        }

        var bot = services!.GetService<IBot>()
            ?? throw new InvalidOperationException("No IBot is registered: the host has channels but no bot logic to answer with.");
        return bot.OnTurnAsync(turnContext, cancellationToken);
    }
}
