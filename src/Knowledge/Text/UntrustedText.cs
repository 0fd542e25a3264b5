using System.Text;

namespace ShopBot.Knowledge.Text;

/// <summary>
/// Makes text from outside (buyers, agents, trainers, channels, files) safe to fold, store and show, once at the edge:
/// lone surrogates and non-characters (U+FDD0–U+FDEF, U+xFFFE and U+xFFFF in every plane) become U+FFFD, carriage
/// returns become line feeds, and every other control character (C0, DEL, C1) except tab and line feed is removed.
/// .NET's Unicode normalisation throws on lone surrogates and U+FFFE/U+FFFF; after this it cannot.
/// </summary>
public static class UntrustedText
{
    public const char Replacement = '\uFFFD';

    /// <summary>The text made safe; the same instance when nothing needed changing, null stays null.</summary>
    public static string? Sanitize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var first = FirstUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        result.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var scalar = char.ConvertToUtf32(c, text[i + 1]);
                if (IsNonCharacter(scalar))
                {
                    result.Append(Replacement);
                }
                else
                {
                    result.Append(c).Append(text[i + 1]);
                }

                i++;
            }
            else if (char.IsSurrogate(c) || IsNonCharacter(c))
            {
                result.Append(Replacement);
            }
            else if (c == '\r')
            {
                // A Windows line end is one line end; a lone carriage return is one too.
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    result.Append('\n');
                }
            }
            else if (!IsDroppedControl(c))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>Whether <see cref="Sanitize"/> would change the text.</summary>
    public static bool IsSafe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FirstUnsafe(text) < 0;
    }

    /// <summary>Whether <see cref="Sanitize"/> would change the text, for text not (yet) in a string.</summary>
    public static bool IsSafe(ReadOnlySpan<char> text) => FirstUnsafe(text) < 0;

    /// <summary>U+FDD0–U+FDEF and the last two code points of every plane: never assigned, never to be exchanged.</summary>
    public static bool IsNonCharacter(int scalar) => scalar is >= 0xFDD0 and <= 0xFDEF || (scalar & 0xFFFE) == 0xFFFE;

    private static int FirstUnsafe(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNonCharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return i;
                }

                i++;
            }
            else if (char.IsSurrogate(c) || IsNonCharacter(c) || c == '\r' || IsDroppedControl(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsDroppedControl(char c) => c is < ' ' and not '\n' and not '\t' || c is >= '\u007F' and <= '\u009F';
}
