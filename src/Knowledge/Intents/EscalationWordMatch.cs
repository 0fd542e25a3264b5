namespace ShopBot.Knowledge.Intents;

/// <summary>A complaint or abuse word found in a buyer's message, as the word list spells it (normalised).</summary>
public sealed record EscalationWordMatch(EscalationWordKind Kind, string Word);
