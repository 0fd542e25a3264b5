namespace ShopBot.Bot.Turns;

/// <summary>What a turn does once the middleware ran: the bot for a buyer's activity, the caller's sends for a continuation.</summary>
public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);
