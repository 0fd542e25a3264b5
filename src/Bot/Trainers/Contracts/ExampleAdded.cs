namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>
/// A sentence added to an intent's examples: the new count, the model in use's guess for it, and a note (Chinese)
/// when the guess is another intent. The model learns it at the next retrain.
/// </summary>
public sealed record ExampleAdded(string Intent, string Name, string Text, int Count, ModelGuess Guess, string? Note);
