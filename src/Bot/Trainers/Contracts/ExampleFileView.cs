namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>
/// One intent's example file: the header comments (kept as they are on every save), then the lines below it, which
/// are examples or <c>#</c> section comments, and the number of examples.
/// </summary>
public sealed record ExampleFileView(string Intent, string Name, IReadOnlyList<string> Header, IReadOnlyList<string> Lines, int Count);
