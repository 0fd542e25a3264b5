namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>One intent and the model's confidence in it.</summary>
public sealed record ScoreView(string Intent, double Confidence);
