namespace ShopBot.Knowledge.Policies;

/// <summary>
/// A policy found for a question: the entry, a score in [0, 1], the title or question it matched best, and whether
/// one of the entry's keywords named the topic (a sure sign of what the buyer asks about).
/// </summary>
public sealed record PolicyMatch(PolicyEntry Entry, double Score, string MatchedText, bool ByKeyword = false);
