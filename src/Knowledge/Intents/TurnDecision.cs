namespace ShopBot.Knowledge.Intents;

/// <summary>What the bot does with an utterance.</summary>
public enum TurnDecision
{
    /// <summary>Confident enough: act on the top intent.</summary>
    Answer,

    /// <summary>Two intents are close, or confidence is middling: ask the buyer which one they mean.</summary>
    Clarify,

    /// <summary>Hand the buyer to a person: they asked for one, or the bot is not sure.</summary>
    Escalate,
}
