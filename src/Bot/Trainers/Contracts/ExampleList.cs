namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>Every intent with a training example file.</summary>
public sealed record ExampleList(IReadOnlyList<ExampleIntentView> Intents);
