namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>The error body of the trainer API, shaped as the channels' errors: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record TrainerErrorResponse(TrainerError Error);
