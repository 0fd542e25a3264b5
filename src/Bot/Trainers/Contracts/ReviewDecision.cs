namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>
/// What a trainer did with a line of the review inbox: <c>labelled</c> into <see cref="Intent"/>'s examples, or
/// <c>dismissed</c>; by whom and when. The first decision on a line stands.
/// </summary>
public sealed record ReviewDecision(string Id, string Text, string Action, string? Intent, string By, DateTimeOffset At);
