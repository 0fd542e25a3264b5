namespace ShopBot.Bot.Turns;

/// <summary>The bot's logic: handles one incoming activity and answers through the context.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
