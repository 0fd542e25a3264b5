using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Intents;

/// <summary>
/// Prepares normalised text for the character n-gram model: long digit runs (order and tracking numbers)
/// become one placeholder, so that the model learns "a number was given", not the digits themselves.
/// </summary>
internal static partial class IntentFeatureText
{
    public static string Prepare(string normalizedText) => LongNumber().Replace(normalizedText, "N");

    [GeneratedRegex("[a-z]{0,3}[0-9]{5,}")]
    private static partial Regex LongNumber();
}
