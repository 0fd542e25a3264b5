using System.Buffers;
using System.Globalization;
using System.Text;
using ShopBot.Knowledge.Text;

namespace ShopBot.Bot.Hosting;

/// <summary>
/// What a logged string may look like: personal data masked (<see cref="PersonalDataMask"/>), characters that end a
/// line, move the cursor or reorder text shown visibly (<c>\n</c>, <c>\r</c>, <c>\u2028</c>, <c>\u001B</c>, <c>\u202E</c>)
/// so no buyer can start a fake log line, and at most <see cref="MaxLength"/> characters, so no one floods the log.
/// </summary>
public static class LogText
{
    public const int MaxLength = 500;

    // More than the longest personal number or address the mask recognises: whatever a cut through the masked prefix
    // leaves unrecognised lies in this margin, which is never shown.
    private const int Margin = 128;

    // Controls (C0, DEL, C1), line and paragraph separators, bidirectional overrides, isolates and marks, and
    // surrogates (shown only when unpaired).
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(i => (char)i)) + string.Concat(Enumerable.Range(0x7F, 0x21).Select(i => (char)i))
        + "\u2028\u2029\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"
        + string.Concat(Enumerable.Range(0xD800, 0x800).Select(i => (char)i)));

    public static string Render(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (masked, unread) = MaskPrefix(text);
        var escaped = Escape(masked);
        if (escaped.Length <= MaxLength && unread == 0)
        {
            return escaped;
        }

        var cut = Math.Min(MaxLength, escaped.Length);
        if (char.IsHighSurrogate(escaped[cut - 1]))
        {
            cut--;
        }

        var more = escaped.Length - cut + unread;
        return string.Create(CultureInfo.InvariantCulture, $"{escaped.AsSpan(0, cut)}…({more} more)");
    }

    /// <summary>
    /// Masks only as much of a long text as can be shown, so a 200 KB message costs what a short one does: the prefix
    /// grows until, masked, it is longer than what is shown plus the margin (or is the whole text).
    /// </summary>
    private static (string Masked, int Unread) MaskPrefix(string text)
    {
        var length = Math.Min(text.Length, MaxLength + Margin);
        while (true)
        {
            var masked = PersonalDataMask.Mask(length == text.Length ? text : text[..length]);
            if (length == text.Length || masked.Length >= MaxLength + Margin)
            {
                return (masked, text.Length - length);
            }

            length = Math.Min(text.Length, length * 2);
        }
    }

    private static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        result.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\n':
                    result.Append("\\n");
                    break;
                case '\r':
                    result.Append("\\r");
                    break;
                case '\t':
                    result.Append("\\t");
                    break;
                case var _ when Unsafe.Contains(c) && !IsPairedSurrogate(text, i):
                    result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    private static bool IsPairedSurrogate(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
        : char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]);
}
