namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>A machine-readable code, a message a trainer can act on, and, for a refused edit, every problem found.</summary>
public sealed record TrainerError(string Code, string Message, IReadOnlyList<string>? Problems = null);
