using Microsoft.Extensions.DependencyInjection;

namespace ShopBot.Bot.Turns;

/// <summary>
/// Runs the registered <see cref="IMiddleware"/> in registration order, then the <see cref="IBot"/>. The bot is
/// resolved per turn, in its own scope, so the host starts before the bot's own registration exists.
/// </summary>
public sealed class TurnPipeline(IEnumerable<IMiddleware> middleware, IServiceScopeFactory scopes)
{
    private readonly IMiddleware[] _middleware = [.. middleware];

    public async Task RunAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await using var scope = scopes.CreateAsyncScope();
        await RunStepAsync(turnContext, 0, scope.ServiceProvider, cancellationToken).ConfigureAwait(false);
    }

    private Task RunStepAsync(ITurnContext turnContext, int index, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (index < _middleware.Length)
        {
            return _middleware[index].OnTurnAsync(turnContext, ct => RunStepAsync(turnContext, index + 1, services, ct), cancellationToken);
        }

        var bot = services.GetService<IBot>()
            ?? throw new InvalidOperationException("No IBot is registered: the host has channels but no bot logic to answer with.");
        return bot.OnTurnAsync(turnContext, cancellationToken);
    }
}
