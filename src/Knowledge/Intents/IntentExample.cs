namespace ShopBot.Knowledge.Intents;

/// <summary>One labelled buyer utterance.</summary>
public sealed record IntentExample(string Intent, string Text);
