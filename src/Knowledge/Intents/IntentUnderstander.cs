using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Intents;

/// <summary>
/// One utterance in, one <see cref="Understanding"/> out: normalise (a line typed in pinyin read as the Chinese it stands
/// for), detect a handoff request, classify, decide. The training examples stay as written.
/// </summary>
public sealed class IntentUnderstander(
    TextNormalizer normalizer,
    HandoffRequestDetector handoffDetector,
    IIntentClassifier classifier,
    IntentDecider decider,
    PinyinWords? pinyinWords = null)
{
    public Understanding Understand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = normalizer.Normalize(text);
        var normalized = pinyinWords is null ? folded : pinyinWords.Read(folded);
        var handoff = handoffDetector.IsHandoffRequest(text);
        // "不用转人工 告诉我单号就行" is about the number: the model reads what is left once the refusal is taken out.
        var rest = handoffDetector.WithoutRefusal(normalized);
        var refused = rest is not null;
        var scores = classifier.Classify(rest is { Length: > 0 } && rest.Trim().Length > 0 ? rest : normalized);
        if (!handoff && scores.Count > 0 && scores[0].Intent == IntentIds.Human && WordAsked.IsAsked(normalizer.Compact(text)))
        {
            scores = WordAsked.WithoutHuman(scores);
        }

        return new Understanding(text, normalized, scores, handoff, decider.Decide(scores, handoff)) { HandoffRefused = refused && !handoff };
    }
}
