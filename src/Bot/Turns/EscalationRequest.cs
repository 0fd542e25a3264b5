namespace ShopBot.Bot.Turns;

/// <summary>Set in <see cref="TurnState"/> when a step decides a person must take this conversation over.</summary>
public sealed record EscalationRequest(string Reason);
