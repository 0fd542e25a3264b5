namespace ShopBot.Bot.Turns;

/// <summary>Runs the rest of the pipeline; a middleware that does not call it stops the turn.</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);
