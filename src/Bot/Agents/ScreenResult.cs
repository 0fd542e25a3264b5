namespace ShopBot.Bot.Agents;

/// <summary>The screen's verdict on a draft; <see cref="Rewrite"/> is a compliant wording the agent may take, when one exists.</summary>
public sealed record ScreenResult(bool Allowed, IReadOnlyList<ViolationItem> Violations, string? Rewrite);
