namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>One intent, its Chinese name, and the model's confidence in it.</summary>
public sealed record ScoreView(string Intent, string Name, double Confidence);
