using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The buyer says the last answer missed the question: "我问的是…", "不是这个", "答非所问", "你没懂我意思", or asks the
/// very same question again. What follows "我问的是" is the question restated.
/// </summary>
public static partial class NotWhatAsked
{
    /// <summary>True when the message says the answer did not fit, or repeats the question the last answer was for.</summary>
    public static bool Says(string normalized, string? lastQuestion)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var compact = Compact(normalized);
        return Missed().IsMatch(compact) || (lastQuestion is not null && compact.Length >= 4 && compact == Compact(lastQuestion));
    }

    /// <summary>The question restated after "我问的是" / "我想问" ("我问的是能不能一起发" → "能不能一起发"), or null.</summary>
    public static string? Restated(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var match = Restating().Match(Compact(normalized));
        var rest = match.Success ? match.Groups["rest"].Value.Trim('，', ',', '：', ':', '。', ' ') : string.Empty;
        return rest.Length >= 2 ? rest : null;
    }

    private static string Compact(string text) => CompactText.Of(text).Trim('?', '？', '!', '！', '。', '.', '~', '～');

    [GeneratedRegex("我(是)?(在)?问的?是|我问的不是|我不是问|不是问(这个|你这个|这)|我想问的是|我是想问|我是说的?是|答非所问|文不对题|牛头不对马嘴|不是这个意思|没(有)?回答我|没(有)?回答(我的)?问题|你没(看)?懂|你没明白|没理解我|看不懂我|跟我问的(不一样|没关系|不是一回事)|这不是我(要|想|问)的|不是我问的|^不是这个[。.!！]*$|^不是这个[,，]")]
    private static partial Regex Missed();

    [GeneratedRegex("(我(是)?(在)?问的?是|我想问的?是|我是想问|我是说的?是|我问的是)(?<rest>.*)$")]
    private static partial Regex Restating();
}
