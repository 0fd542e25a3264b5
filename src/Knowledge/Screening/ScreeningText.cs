using System.Globalization;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Screening;

/// <summary>
/// A reply as the screen sees it. <see cref="Folded"/> is <see cref="TextNormalizer.Fold"/> with numerals folded to
/// digits (一, 壹, ①, 1 all become 1), same length as the fold; <see cref="Compact"/> drops from it every character
/// that is not a letter or digit, so that 最 * 佳 or 微 信 cannot dodge a word. Both keep the way back to the original.
/// </summary>
public sealed class ScreeningText
{
    private readonly NormalizedText _fold;
    private readonly int[] _foldedOfCompact;
    private readonly int[] _sentenceOfFolded;

    private ScreeningText(string original, NormalizedText fold)
    {
        Original = original;
        _fold = fold;
        var folded = fold.Text.ToCharArray();
        var compact = new char[folded.Length];
        var foldedOfCompact = new int[folded.Length];
        _sentenceOfFolded = new int[folded.Length];
        var length = 0;
        var sentence = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            folded[i] = FoldNumeral(folded[i]);
            _sentenceOfFolded[i] = sentence;
            if (IsSentenceEnd(folded[i]))
            {
                sentence++;
            }

            if (IsWordCharacter(folded[i]))
            {
                compact[length] = folded[i];
                foldedOfCompact[length++] = i;
            }
        }

        Folded = new string(folded);
        Compact = new string(compact, 0, length);
        _foldedOfCompact = foldedOfCompact[..length];
    }

    public string Original { get; }

    public string Folded { get; }

    public string Compact { get; }

    /// <summary>Folds a reply, or a lexicon entry, into the screen's view.</summary>
    public static ScreeningText Create(TextNormalizer normalizer, string text)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        ArgumentNullException.ThrowIfNull(text);
        return new ScreeningText(text, normalizer.Fold(text));
    }

    public int FoldedIndex(int compactIndex) => _foldedOfCompact[compactIndex];

    public int Sentence(int compactIndex) => _sentenceOfFolded[_foldedOfCompact[compactIndex]];

    public int SentenceOfFolded(int foldedIndex) => _sentenceOfFolded[foldedIndex];

    /// <summary>
    /// The character as folded but before numerals became digits, so that 1 in 第12 and 一 in 唯一一款 can be told apart.
    /// </summary>
    public char AsWritten(int compactIndex) => _fold.Text[_foldedOfCompact[compactIndex]];

    /// <summary>The character (as in <see cref="AsWritten"/>) before the compact span, or a space at the start.</summary>
    public char AsWrittenBefore(int compactStart)
    {
        var index = _foldedOfCompact[compactStart] - 1;
        return index >= 0 ? _fold.Text[index] : ' ';
    }

    /// <summary>The character (as in <see cref="AsWritten"/>) after the compact span [.., end), or a space at the end.</summary>
    public char AsWrittenAfter(int compactEnd)
    {
        var index = _foldedOfCompact[compactEnd - 1] + 1;
        return index < _fold.Text.Length ? _fold.Text[index] : ' ';
    }

    /// <summary>A clause break (comma, colon, sentence end) lies between a compact span ending at <paramref name="firstEnd"/> and one starting at <paramref name="secondStart"/>.</summary>
    public bool HasClauseBreak(int firstEnd, int secondStart)
    {
        var from = _foldedOfCompact[firstEnd - 1] + 1;
        var to = _foldedOfCompact[secondStart];
        return to > from && Folded.AsSpan(from, to - from).IndexOfAny(",、:;。!?\n") >= 0;
    }

    /// <summary>Nothing was dropped inside the compact span: the word was written in one piece.</summary>
    public bool IsContiguous(int compactStart, int compactEnd) =>
        _foldedOfCompact[compactEnd - 1] - _foldedOfCompact[compactStart] == compactEnd - 1 - compactStart;

    /// <summary>The original span, in UTF-16 units, of the folded span [foldedStart, foldedEnd).</summary>
    public (int Start, int End) OriginalSpanOfFolded(int foldedStart, int foldedEnd)
    {
        var start = _fold.SourceStart(foldedStart);
        var last = _fold.SourceStart(foldedEnd - 1);
        var end = last + (char.IsSurrogatePair(Original, last) ? 2 : 1);
        return (start, end);
    }

    /// <summary>The original span, in UTF-16 units, of the compact span [compactStart, compactEnd).</summary>
    public (int Start, int End) OriginalSpan(int compactStart, int compactEnd) =>
        OriginalSpanOfFolded(_foldedOfCompact[compactStart], _foldedOfCompact[compactEnd - 1] + 1);

    /// <summary>Letters, digits and % (so that 100% stays one word); everything else may be slipped in to dodge a word.</summary>
    public static bool IsWordCharacter(char c) => c == '%' || char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter => true,
        _ => false,
    };

    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    private static bool IsSentenceEnd(char c) => c is '。' or '!' or '?' or ';' or '\n' or '…' or '~';

    /// <summary>Chinese numerals, the financial forms and 幺 (one, as read in phone numbers) to ASCII digits.</summary>
    private static char FoldNumeral(char c) => c switch
    {
        '零' or '〇' => '0',
        '一' or '壹' or '幺' => '1',
        '二' or '贰' or '两' => '2',
        '三' or '叁' => '3',
        '四' or '肆' => '4',
        '五' or '伍' => '5',
        '六' or '陆' => '6',
        '七' or '柒' => '7',
        '八' or '捌' => '8',
        '九' or '玖' => '9',
        _ => c,
    };
}
