namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>An example file written, with its number of examples; the model uses them after the next retrain.</summary>
public sealed record ExamplesSaved(string Intent, int Count);
