namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>The decision on a reviewed line, and the example added when it was labelled now.</summary>
public sealed record ReviewDone(ReviewDecision Decision, ExampleAdded? Added);
