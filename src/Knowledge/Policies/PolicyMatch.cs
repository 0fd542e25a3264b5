namespace ShopBot.Knowledge.Policies;

/// <summary>A policy found for a question: the entry, a score in [0, 1], and the title or question it matched best.</summary>
public sealed record PolicyMatch(PolicyEntry Entry, double Score, string MatchedText);
