namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>An utterance to try, optionally as one of the sample buyers (so order questions find that buyer's orders).</summary>
public sealed record ClassifyRequest(string? Text, string? BuyerId);
