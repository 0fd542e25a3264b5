using System.Buffers;
using System.Text;

namespace ShopBot.Knowledge.Text;

/// <summary>
/// Written Cantonese a buyer may type ("部台灯闪下闪下 系咪坏咗啊", "保修几耐 邮费点计") read as the Mandarin it means, so the
/// understanding and the detectors hear a defect, a warranty or a postage question. Every replacement keeps the length
/// (positions in the folded text stay where they were); longer words come first, so "唔该" is thanks before 唔 is 不.
/// Keys are in Simplified characters: Traditional ones are folded before this runs.
/// </summary>
internal static class CantoneseWords
{
    private static readonly (string Cantonese, string Mandarin)[] Words =
    [
        ("机器人定真人", "机器人还是人"), ("真人定机器人", "真人还是机器"),
        ("唔好意思", "不好意思"), ("闪下闪下", "一闪一闪"), ("讲声多谢", "说声谢谢"), ("系唔系", "是不是"),
        ("冇嘢", "没事"), ("钟意", "喜欢"), ("就系", "就是"), ("多谢", "谢谢"),
        ("唔该", "谢谢"), ("唔好", "不要"), ("唔得", "不行"), ("唔系", "不是"), ("系咪", "是否"), ("几耐", "多久"),
        ("点计", "咋算"), ("点样", "怎样"), ("边度", "哪里"), ("乜嘢", "什么"),
        ("寄返", "寄回"), ("返嚟", "回来"), ("换返", "换成"),
        // "收到一個係黑色嘅 我要嘅係奶白色": 係 (folded to 系) is 是 after a measure word or 嘅, never in 关系 or 系统.
        ("嘅系", "的是"), ("个系", "个是"), ("只系", "只是"), ("件系", "件是"),
        ("咗", "了"), ("冇", "没"), ("唔", "不"), ("嘅", "的"), ("哋", "们"), ("佢", "他"), ("咩", "啥"), ("嚟", "来"),
        ("睇", "看"), ("揾", "找"), ("畀", "给"), ("俾", "给"), ("啲", "些"), ("攞", "拿"),
    ];

    /// <summary>The first characters of the words: a line holding none of them (almost every line) is not searched.</summary>
    private static readonly SearchValues<char> FirstCharacters = SearchValues.Create(string.Concat(Words.Select(w => w.Cantonese[0])));

    /// <summary>Replaces the Cantonese words of the folded text in place; a line without any is left untouched.</summary>
    public static void Read(StringBuilder folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (folded.ToString().AsSpan().IndexOfAny(FirstCharacters) < 0)
        {
            return;
        }

        foreach (var (cantonese, mandarin) in Words)
        {
            folded.Replace(cantonese, mandarin);
        }
    }
}
