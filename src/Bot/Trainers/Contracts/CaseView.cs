namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>A case the turn would have opened; the dry run records it in a throwaway store only.</summary>
public sealed record CaseView(string Kind, string? OrderNumber);
