namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>Label a reviewed line into <see cref="Intent"/> (with <see cref="Confirm"/> past the model's disagreement), or <see cref="Dismiss"/> it.</summary>
public sealed record ReviewRequest(string? Intent, bool? Dismiss, bool? Confirm);
