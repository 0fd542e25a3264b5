namespace ShopBot.Knowledge.Intents;

/// <summary>Scores an already normalised utterance against every intent. Safe to call from many threads.</summary>
public interface IIntentClassifier
{
    /// <summary>All intents, best first.</summary>
    IReadOnlyList<IntentScore> Classify(string normalizedText);
}
