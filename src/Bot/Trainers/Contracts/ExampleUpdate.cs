namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>The new lines below an example file's header: examples, and <c>#</c> comments that are kept but not trained on.</summary>
public sealed record ExampleUpdate(IReadOnlyList<string>? Lines);
