namespace ShopBot.Knowledge.Entities;

/// <summary>A stretch of days the buyer named ("11月初", "上个月", "上周"), first and last day included, and where it stands in the folded text.</summary>
internal sealed record PeriodMention(DateOnly From, DateOnly To, int Index, int Length, string Text)
{
    public bool Holds(DateOnly date) => date >= From && date <= To;
}
