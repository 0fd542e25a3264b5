using Microsoft.Extensions.Options;
using ShopBot.Bot.Trainers.Contracts;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Text;

namespace ShopBot.Bot.Trainers;

/// <summary>
/// What the model in use makes of a sentence a trainer is about to add to an intent's examples, and whether it puts
/// it firmly (<see cref="IntentModelOptions.FirmGuessConfidence"/>) in another intent, as with 转人工 added to thanks.
/// </summary>
public sealed class ExampleGuesser(IIntentClassifier classifier, TextNormalizer normalizer, IOptions<IntentModelOptions> options)
{
    public ModelGuess Guess(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var top = classifier.Classify(normalizer.Normalize(text))[0];
        return new ModelGuess(top.Intent, IntentNames.Of(top.Intent), Math.Round(top.Confidence, 4));
    }

    public bool IsFirmlyElsewhere(ModelGuess guess, string intent)
    {
        ArgumentNullException.ThrowIfNull(guess);
        return guess.Intent != intent && guess.Confidence >= options.Value.FirmGuessConfidence;
    }
}
