namespace ShopBot.Bot.Turns;

/// <summary>A step of the turn pipeline, run in registration order around the bot.</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default);
}
