using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace ShopBot.Bot.Channels;

public static partial class JsonBodyReader
{
    /// <summary>
    /// True when the body could hold text that cannot be written back: bytes that are not UTF-8, or an escape of a
    /// surrogate (<c>\uD800</c> to <c>\uDFFF</c>, alone or paired; an escaped backslash before <c>u</c> counts too).
    /// A body without either writes back whatever it parsed into, so the trial write is left out for almost every message.
    /// </summary>
    private static bool MayNotBeWritable(ReadOnlySpan<byte> json)
    {
        if (!Utf8.IsValid(json))
        {
            return true;
        }

        for (var rest = json; rest.IndexOf("\\u"u8) is var at and >= 0; rest = rest[(at + 2)..])
        {
            if (IsSurrogateEscape(rest[at..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>\uD8</c> to <c>\uDF</c> (any case) at the start of <paramref name="escape"/>.</summary>
    private static bool IsSurrogateEscape(ReadOnlySpan<byte> escape) =>
        escape.Length >= 4 && (escape[2] | 0x20) == 'd' && (escape[3] is (byte)'8' or (byte)'9' || (escape[3] | 0x20) is >= 'a' and <= 'f');

    /// <summary>
    /// Free-form parts (<c>channelData</c>, <c>value</c>, unknown properties) are kept as raw JSON, which accepts an
    /// escaped lone surrogate that fails only later, when the activity is written back (to the transcript, the stream
    /// or a channel). Writing it once here turns that into a 400 at the edge.
    /// </summary>
    private static bool CanBeWritten<T>(T value, JsonTypeInfo<T> type)
    {
        try
        {
            JsonSerializer.Serialize(Stream.Null, value, type);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return false;
        }
    }
}
