using System.Globalization;
using System.Text;

namespace ShopBot.Knowledge.Text;

/// <summary>
/// Folds buyer and agent text before matching: compatibility forms (full-width, circled digits)
/// to plain ones, Traditional to Simplified, upper to lower case; and, for classification,
/// symbol noise and runs of white space to single spaces, common slips (时侯, 优惠卷) to the word meant and written
/// Cantonese to Mandarin.
/// </summary>
public sealed class TextNormalizer(TraditionalSimplifiedMap traditionalToSimplified)
{
    /// <summary>
    /// The fold of each character outside a surrogate pair, filled as characters are met: a character folds the same
    /// wherever it stands, and NFKC checks through ICU cost far more than a look-up (every turn folds its text several times).
    /// </summary>
    private string?[]? _foldedChars;

    /// <summary>Folds every character and keeps a map back to the original positions. Nothing is dropped.</summary>
    public NormalizedText Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new StringBuilder(text.Length);
        var sourceIndex = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var width = char.IsSurrogate(text[i]) && char.IsSurrogatePair(text, i) ? 2 : 1;
            var piece = width == 1 ? FoldChar(text[i]) : FoldPiece(text.Substring(i, width));
            folded.Append(piece);
            for (var k = 0; k < piece.Length; k++)
            {
                sourceIndex.Add(i);
            }

            i += width - 1;
        }

        return new NormalizedText(folded.ToString(), sourceIndex);
    }

    /// <summary>What <see cref="Fold"/> makes of the text, without the map back to the original positions.</summary>
    private string FoldText(string text)
    {
        var folded = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) && char.IsSurrogatePair(text, i))
            {
                folded.Append(FoldPiece(text.Substring(i, 2)));
                i++;
            }
            else
            {
                folded.Append(FoldChar(text[i]));
            }
        }

        return folded.ToString();
    }

    private string FoldChar(char c)
    {
        var table = LazyInitializer.EnsureInitialized(ref _foldedChars, () => new string?[char.MaxValue + 1]);
        return table[c] ??= FoldPiece(c.ToString());
    }

    private string FoldPiece(string piece)
    {
        var compatible = Compatible(piece);
        var folded = new StringBuilder(compatible.Length);
        foreach (var c in compatible)
        {
            folded.Append(traditionalToSimplified.ToSimplified(char.ToLowerInvariant(c)));
        }

        return folded.ToString();
    }

    /// <summary>
    /// The NFKC form of one character. Lone surrogates and non-characters, on which .NET's normalisation throws,
    /// become U+FFFD: text from outside is sanitised at the edge (<see cref="UntrustedText"/>), and this never throws
    /// even when some path forgot to.
    /// </summary>
    private static string Compatible(string piece)
    {
        var loneSurrogate = piece.Length == 1 && char.IsSurrogate(piece[0]);
        if (loneSurrogate || UntrustedText.IsNonCharacter(char.ConvertToUtf32(piece, 0)))
        {
            return UntrustedText.Replacement.ToString();
        }

        return piece.IsNormalized(NormalizationForm.FormKC) ? piece : piece.Normalize(NormalizationForm.FormKC);
    }

    /// <summary>Folds, then turns punctuation, symbols, emoji and control characters into single spaces.</summary>
    public string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = FoldText(text);
        var result = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (IsNoise(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        // "啥时侯能到", "有没有卷": common slips of the same length, read as meant (positions stay where they were);
        // written Cantonese ("系咪坏咗") as the Mandarin it means, also word for word.
        CantoneseWords.Read(result);
        return CommonSlips.Mend(result.ToString());
    }

    /// <summary>Normalizes and removes every space: for detectors that must see through 人 工 客 服.</summary>
    public string Compact(string text) => Normalize(text).Replace(" ", string.Empty, StringComparison.Ordinal);

    private static bool IsNoise(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter => false,
        _ => true,
    };
}
