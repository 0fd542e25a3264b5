namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>One sentence to add to an intent's examples; <see cref="Confirm"/> adds it even when the model firmly puts it elsewhere.</summary>
public sealed record ExampleAddRequest(string? Text, bool? Confirm);
