namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>The model in use's top intent for a sentence, with its Chinese name and confidence.</summary>
public sealed record ModelGuess(string Intent, string Name, double Confidence);
