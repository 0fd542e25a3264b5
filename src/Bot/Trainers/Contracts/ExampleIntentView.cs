namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>An intent, its Chinese name, and how many training examples its file holds.</summary>
public sealed record ExampleIntentView(string Intent, string Name, int Count);
