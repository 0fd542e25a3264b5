using System.Text.RegularExpressions;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Orders;

/// <summary>
/// Finds Taobao order numbers (runs of exactly 18 or 19 digits) in what a buyer typed. Folding first turns
/// full-width digits (１２３) into plain ones; a run of 20 or more digits, or a shorter one, is not an order number.
/// </summary>
public sealed partial class OrderNumberExtractor(TextNormalizer normalizer)
{
    public IReadOnlyList<string> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = normalizer.Fold(text).Text;
        return DigitRun().Matches(folded).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The one order number the text names, or null when it names none or several.</summary>
    public string? ExtractSingle(string text) => Extract(text) is [var only] ? only : null;

    [GeneratedRegex(@"(?<![0-9])[0-9]{18,19}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();
}
