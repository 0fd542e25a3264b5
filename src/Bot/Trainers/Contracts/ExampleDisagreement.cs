namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>The 409 of a sentence the model firmly puts in another intent: nothing was added; send it again with confirm to add it.</summary>
public sealed record ExampleDisagreement(TrainerError Error, ModelGuess Guess);
