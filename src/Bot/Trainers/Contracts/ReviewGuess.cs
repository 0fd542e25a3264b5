namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>The bot's guess when it last heard the line: its intent and runner-up, with Chinese names, and its decision.</summary>
public sealed record ReviewGuess(string Intent, string Name, double Confidence, string? RunnerUp, string? RunnerUpName, double? RunnerUpConfidence, string Decision);
