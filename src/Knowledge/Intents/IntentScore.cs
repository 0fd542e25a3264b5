namespace ShopBot.Knowledge.Intents;

/// <summary>An intent with the classifier's confidence in it (0 to 1).</summary>
public sealed record IntentScore(string Intent, float Confidence);
