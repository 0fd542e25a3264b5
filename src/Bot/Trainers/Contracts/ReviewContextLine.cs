namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>A buyer line of the same conversation around the reviewed one (<see cref="Reviewed"/> marks that one), with what the bot made of it.</summary>
public sealed record ReviewContextLine(string Text, string Intent, string Name, string Outcome, bool Reviewed);
