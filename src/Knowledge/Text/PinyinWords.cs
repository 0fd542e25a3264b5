using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Text;

/// <summary>
/// Buyer lines typed in toneless pinyin ("yurongfu neng jixi ma", "zen me xi") read as the Chinese they stand for, from a
/// trainer-editable word list. Only a run of Latin words that the list covers from end to end in at least two words is
/// read so, a whole line or a run of spaced words inside a Chinese line ("浴巾diao mao hen yanzhong"): English words, e-mail addresses,
/// order numbers and sizes stay as typed. The intent understander applies it to buyer lines (after
/// <see cref="TextNormalizer"/>), never to training examples.
/// </summary>
public sealed partial class PinyinWords
{
    private const int MinimumWords = 2;

    private readonly FrozenDictionary<string, string> _words;
    private readonly FrozenDictionary<string, string> _mixed;
    private readonly int _longest;

    /// <param name="words">Pinyin words and their Chinese, for lines and runs typed in pinyin.</param>
    /// <param name="mixed">Single Latin words buyers mix into a Chinese line ("能refund吗", "zhengchang吗") and their Chinese.</param>
    public PinyinWords(IReadOnlyDictionary<string, string> words, IReadOnlyDictionary<string, string>? mixed = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = words.ToFrozenDictionary(StringComparer.Ordinal);
        _mixed = (mixed ?? new Dictionary<string, string>()).ToFrozenDictionary(StringComparer.Ordinal);
        _longest = _words.Count == 0 ? 0 : _words.Keys.Max(k => k.Length);
    }

    public int Count => _words.Count;

    /// <summary>
    /// The Chinese for a lower-case pinyin line, or the line itself when it is not one. An English greeting or "pls" at
    /// either end ("hi wo de taideng fa huo le mei") stays as typed around the pinyin it holds.
    /// </summary>
    public string Read(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        line = ToneNumbered().Replace(WithoutToneMarks(line), run =>
        {
            // "yu4jin1 dao4 na3 le": read without the tone numbers when the list covers it, else left as typed ("xl2").
            var plain = ToneNumber().Replace(run.Value, string.Empty);
            var read = ReadRun(plain);
            return read == plain ? run.Value : read;
        });
        line = Sum().Replace(line, sum => sum.Groups[1].Value + (sum.Groups[2].Value == "yuan" ? "元" : "块") + (sum.Groups[3].Success ? "钱" : string.Empty));
        line = CountOf().Replace(line, count => count.Groups[1].Value + Measures[count.Groups[2].Value]);
        if (!line.Any(c => c != ' ' && c is < 'a' or > 'z'))
        {
            return ReadRun(line);
        }

        var runs = LatinRun().Replace(line, run => ReadRun(run.Value));
        if (!runs.Any(PersonNames.IsHan))
        {
            return runs;
        }

        // "要退 not exchange 直接退款": an English negation before a listed word turns that word down (不换货), never
        // leaves it standing alone as the wish.
        runs = NegatedWord().Replace(runs, w => _mixed.GetValueOrDefault(w.Groups["word"].Value) is { } chinese ? "不" + chinese : w.Value);
        return LoneWord().Replace(runs, w => _mixed.GetValueOrDefault(w.Value) ?? ReadLoneWord(w.Value));
    }

    /// <summary>
    /// A lone unlisted word inside a Chinese line ("顺丰显示yiqianshou了", "meiyoufahuo") read by the pinyin list when it
    /// covers it with long words only: one word of five letters or more, or two of two letters or more with one of four
    /// or more ("shoudao"+"le"). English words that split into short pinyin ("make", "like", "line") and longer words
    /// that split into three ("youhuiquan" is not 有会券) stay as typed.
    /// </summary>
    private string ReadLoneWord(string word)
    {
        if (word.Length < 5 || Segment(word) is not { } pieces || pieces.Count > 2 || pieces.Any(p => p.Length < 2) || pieces.Max(p => p.Length) < 4)
        {
            return word;
        }

        return string.Concat(pieces.Select(p => _words[p]));
    }

    /// <summary>"yù jīn dào nǎ le" typed with tone marks: the marks dropped (ü as the v pinyin keyboards use).</summary>
    private static string WithoutToneMarks(string line)
    {
        if (!line.Any(c => ToneMarked.Contains(c, StringComparison.Ordinal)))
        {
            return line;
        }

        return string.Concat(line.Select(c => ToneMarked.IndexOf(c, StringComparison.Ordinal) is var at and >= 0 ? Unmarked[at] : c));
    }

    private const string ToneMarked = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü";
    private const string Unmarked = "aaaaeeeeiiiioooouuuuvvvvv";

    // Latin words with a tone number after a syllable ("yu4jin1", "dao4 na3 le"), standing on their own in the line.
    [GeneratedRegex("(?<![a-z0-9@._\\-])[a-z]+[1-5](?:[a-z]+[1-5]?)*(?: [a-z]+[1-5]?(?:[a-z]+[1-5]?)*)*(?![a-z0-9@._\\-])")]
    private static partial Regex ToneNumbered();

    [GeneratedRegex("[1-5]")]
    private static partial Regex ToneNumber();

    // A sum in pinyin ("jia 10 kuai", "20yuan", "5 kuai qian"): the unit after a number is money, never 快.
    [GeneratedRegex("([0-9]+) ?(kuai|yuan)( ?qian)?(?![a-z])")]
    private static partial Regex Sum();

    // A count in pinyin ending a run ("jia 2 bao, neng…", "2shuang"): the measure word after a number, which as a lone
    // word no run would read; one that pinyin words follow ("3 jian dou shi xl") is read with them.
    [GeneratedRegex("(?<![a-z0-9])([0-9]{1,2}) ?(shuang|jian|ge|bao|tiao|tao|he|ping|zhi)(?! ?[a-z])")]
    private static partial Regex CountOf();

    private static readonly FrozenDictionary<string, string> Measures = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["shuang"] = "双", ["jian"] = "件", ["ge"] = "个", ["bao"] = "包", ["tiao"] = "条", ["tao"] = "套", ["he"] = "盒", ["ping"] = "瓶", ["zhi"] = "只",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // One Latin word on its own inside a line with Chinese in it: never part of an e-mail address, a member name, a
    // number or a size ("shenyan_sz@163.com", "tb_lily88", "SF1409836271554", "xl码" stay as typed unless listed).
    [GeneratedRegex("(?<![a-z0-9@._\\-])[a-z]{2,}(?![a-z0-9@._\\-])")]
    private static partial Regex LoneWord();

    // "not exchange", "no refund", "dont return": an English negation and the word it turns down.
    [GeneratedRegex("(?<![a-z0-9@._\\-])(?:not|no|dont|don't|do not|never)\\s+(?<word>[a-z]{2,})(?![a-z0-9@._\\-])")]
    private static partial Regex NegatedWord();

    /// <summary>The Chinese for a run of lower-case Latin words, or the run itself when the list does not cover it.</summary>
    private string ReadRun(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = 0;
        var last = words.Length;
        while (first < last && Fillers.Contains(words[first]))
        {
            first++;
        }

        while (last > first && Fillers.Contains(words[last - 1]))
        {
            last--;
        }

        var chinese = ReadAroundSizes(words[first..last]);
        // "neng yi qi fa ma same address": pinyin run on into English words; the pinyin is read and the English stays
        // as typed (the mixed words read it), never the whole run left Latin.
        while (chinese is null && last - first > MinimumWords)
        {
            last--;
            chinese = ReadAroundSizes(words[first..last]);
        }

        return chinese is null ? line : string.Join(' ', words[..first].Append(chinese).Concat(words[last..]));
    }

    /// <summary>
    /// The Chinese for the words, a size among them ("jian dou shi xl de") kept as typed between the words read around
    /// it; null when the list does not cover them or they hold fewer than two pinyin words.
    /// </summary>
    private string? ReadAroundSizes(string[] words)
    {
        var read = new List<string>();
        var pinyin = 0;
        var run = new List<string>();
        foreach (var word in words.Append(string.Empty))
        {
            if (word.Length > 0 && !SizeWord().IsMatch(word))
            {
                run.Add(word);
                continue;
            }

            if (run.Count > 0)
            {
                if (Segment(string.Concat(run)) is not { } pieces)
                {
                    return null;
                }

                pinyin += pieces.Count;
                read.Add(string.Concat(pieces.Select(p => _words[p])));
                run.Clear();
            }

            if (word.Length > 0)
            {
                read.Add(word);
            }
        }

        return pinyin >= MinimumWords ? string.Concat(read) : null;
    }

    // A clothing size typed among pinyin words: "xl", "xxl", "3xl", "s", "m", "l".
    [GeneratedRegex("^(?:x{0,3}[sl]|[2-4]xl|m)$")]
    private static partial Regex SizeWord();

    // Two or more Latin words separated by single spaces, inside a line that holds other characters too; a lone word
    // there ("youhuiquan", "size") stays as typed.
    [GeneratedRegex("[a-z]+(?: [a-z]+)+")]
    private static partial Regex LatinRun();

    /// <summary>English words buyers put around a pinyin line: a greeting, a please or a thanks.</summary>
    private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(["hi", "hello", "hey", "ok", "pls", "plz", "please", "thanks", "thx"], StringComparer.Ordinal);

    /// <summary>The cover of the letters with the fewest words of the list, or null when the list cannot cover them.</summary>
    private List<string>? Segment(string letters)
    {
        var best = new int[letters.Length + 1];
        var from = new int[letters.Length + 1];
        Array.Fill(best, int.MaxValue);
        best[0] = 0;
        for (var end = 1; end <= letters.Length; end++)
        {
            for (var start = Math.Max(0, end - _longest); start < end; start++)
            {
                if (best[start] != int.MaxValue && best[start] + 1 < best[end] && _words.ContainsKey(letters[start..end]))
                {
                    best[end] = best[start] + 1;
                    from[end] = start;
                }
            }
        }

        if (best[letters.Length] == int.MaxValue)
        {
            return null;
        }

        var pieces = new List<string>();
        for (var end = letters.Length; end > 0; end = from[end])
        {
            pieces.Add(letters[from[end]..end]);
        }

        pieces.Reverse();
        return pieces;
    }

    /// <summary>
    /// Reads lines of <c>pinyin&lt;TAB&gt;汉字</c>; <c>#</c> starts a comment line. A knowledge base without the list (an
    /// older copy) reads no pinyin.
    /// </summary>
    public static PinyinWords Load(string path, string? mixedPath = null) =>
        new(ReadList(path), mixedPath is null ? null : ReadList(mixedPath));

    private static Dictionary<string, string> ReadList(string path)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return words;
        }

        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0 || parts[0].Any(c => c is < 'a' or > 'z'))
            {
                throw new FormatException($"{path}:{lineNumber}: expected a lower-case Latin word, a tab, the Chinese word.");
            }

            words[parts[0]] = parts[1];
        }

        return words;
    }
}
