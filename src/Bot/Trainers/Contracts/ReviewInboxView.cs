namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>The review inbox: the lines still to review, most frequent and newest first, and how many were decided.</summary>
public sealed record ReviewInboxView(IReadOnlyList<ReviewItem> Items, int Decided);
