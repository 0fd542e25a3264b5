namespace ShopBot.Knowledge.Entities;

/// <summary>A date the buyer named, where it stands in the folded text, and whether it is a deadline ("…之前要").</summary>
internal sealed record DateMention(DateOnly Date, int Index, int Length, string Text, bool IsDeadline);
