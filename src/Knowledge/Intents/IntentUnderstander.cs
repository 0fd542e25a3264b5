using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Intents;

/// <summary>One utterance in, one <see cref="Understanding"/> out: normalise, detect a handoff request, classify, decide.</summary>
public sealed class IntentUnderstander(
    TextNormalizer normalizer,
    HandoffRequestDetector handoffDetector,
    IIntentClassifier classifier,
    IntentDecider decider)
{
    public Understanding Understand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = normalizer.Normalize(text);
        var handoff = handoffDetector.IsHandoffRequest(text);
        var scores = classifier.Classify(normalized);
        return new Understanding(text, normalized, scores, handoff, decider.Decide(scores, handoff));
    }
}
