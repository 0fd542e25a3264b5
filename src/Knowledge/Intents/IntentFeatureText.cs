using System.Text.RegularExpressions;
using JiebaNet.Segmenter;

namespace ShopBot.Knowledge.Intents;

/// <summary>
/// Prepares normalised text for the model: long digit runs (order and tracking numbers) become one placeholder, so
/// that the model learns "a number was given", not the digits themselves; and the words jieba finds in it, so that
/// a word seen in one phrasing (开机, 蓝牙, 保价) counts in another.
/// </summary>
internal static partial class IntentFeatureText
{
    private static readonly Lazy<JiebaSegmenter> Segmenter = new(CreateSegmenter);

    public static string Prepare(string normalizedText) => LongNumber().Replace(normalizedText, "N");

    /// <summary>The words of prepared text, separated by single spaces.</summary>
    public static string Words(string preparedText)
    {
        var words = Segmenter.Value.CutForSearch(preparedText, hmm: true).Where(w => !string.IsNullOrWhiteSpace(w));
        return string.Join(' ', words);
    }

    private static JiebaSegmenter CreateSegmenter()
    {
        // The dictionary is copied beside the assembly at build time (see Knowledge.csproj).
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "jieba");
        return new JiebaSegmenter();
    }

    [GeneratedRegex("[a-z]{0,3}[0-9]{5,}")]
    private static partial Regex LongNumber();
}
