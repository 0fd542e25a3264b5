namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>An intent and how many training examples its file holds.</summary>
public sealed record ExampleIntentView(string Intent, int Count);
