namespace ShopBot.Knowledge.Screening;

/// <summary>The screen's verdict on one reply; <see cref="Rewrite"/> is a compliant version when one exists, and itself passes.</summary>
public sealed record ScreenVerdict(string Text, IReadOnlyList<Violation> Violations, string? Rewrite)
{
    public bool Allowed => Violations.Count == 0;
}
