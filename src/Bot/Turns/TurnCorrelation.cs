namespace ShopBot.Bot.Turns;

/// <summary>The id that ties together every log line of one turn.</summary>
public sealed record TurnCorrelation(string Id);
