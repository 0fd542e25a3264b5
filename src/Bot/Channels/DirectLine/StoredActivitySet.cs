using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Schema;
using ShopBot.Handoff.Transcripts;
using ShopBot.Knowledge.Text;

namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>
/// Writes an activity set from the transcript's stored JSON: byte for byte what serialising the <see cref="ActivitySet"/>
/// read from the same entries with <see cref="TranscriptJson"/> gives, without reading every activity into objects and
/// writing it out again on every poll and stream send. Stored activities were written by <see cref="TranscriptWriter"/> with the same JSON options, so
/// one comes back unchanged unless reading would change it: a string <see cref="UntrustedText.Sanitize"/> rewrites, or a
/// <c>null</c> (dropped on the way back in). Such an entry, and anything not shaped like a stored activity, takes the
/// long way, as before.
/// </summary>
internal static class StoredActivitySet
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = TranscriptJson.Options.Encoder };

    /// <summary>
    /// Each thread's scratch buffer (a set is written without awaiting): the set is written there and copied out once at
    /// its exact length, instead of into a new buffer grown while writing. A buffer grown past
    /// <see cref="ScratchKeptBytes"/> for a long replay is not kept.
    /// </summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? s_scratch;

    private const int ScratchKeptBytes = 64 * 1024;

    public static ActivitySetJson Write(IReadOnlyList<TranscriptEntry> entries, long watermark)
    {
        var buffer = s_scratch ?? new ArrayBufferWriter<byte>(4096);
        s_scratch = null;
        buffer.ResetWrittenCount();
        var count = 0;
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("activities"u8);
            writer.WriteStartArray();
            foreach (var entry in entries)
            {
                count += WriteActivity(entry.ActivityJson, writer) ? 1 : 0;
            }

            writer.WriteEndArray();
            writer.WriteString("watermark"u8, watermark.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        var set = new ActivitySetJson(buffer.WrittenSpan.ToArray(), count, watermark);
        if (buffer.Capacity <= ScratchKeptBytes)
        {
            s_scratch = buffer;
        }

        return set;
    }

    /// <summary>Writes one stored activity unless it is the internal <c>conversationUpdate</c>; true when written.</summary>
    private static bool WriteActivity(string json, Utf8JsonWriter writer)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var utf8 = rented.AsSpan(0, Encoding.UTF8.GetBytes(json, rented));
            switch (Inspect(utf8))
            {
                case Shape.Activity:
                    writer.WriteRawValue(utf8, skipInputValidation: true);
                    return true;
                case Shape.ConversationUpdate:
                    return false;
                default:
                    return WriteReadBack(json, writer);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The long way: read into an <see cref="Activity"/> and write that.</summary>
    private static bool WriteReadBack(string json, Utf8JsonWriter writer)
    {
        var activity = JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity);
        if (activity is null || activity.Type == ActivityTypes.ConversationUpdate)
        {
            return false;
        }

        JsonSerializer.Serialize(writer, activity, TranscriptJson.Activity);
        return true;
    }

    /// <summary>Whether the JSON is an object that reads back unchanged, and whether it is a <c>conversationUpdate</c>.</summary>
    private static Shape Inspect(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return Shape.Other;
            }

            var update = false;
            var typeNext = false;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        typeNext = reader.CurrentDepth == 1 && reader.ValueTextEquals("type"u8);
                        continue;
                    case JsonTokenType.String when IsSafe(ref reader):
                        update |= typeNext && reader.ValueTextEquals(ActivityTypes.ConversationUpdate);
                        break;
                    case JsonTokenType.String or JsonTokenType.Null:
                        return Shape.Other;
                    default:
                        if (typeNext)
                        {
                            return Shape.Other;
                        }

                        break;
                }

                typeNext = false;
            }

            return update ? Shape.ConversationUpdate : Shape.Activity;
        }
        catch (JsonException)
        {
            return Shape.Other;
        }
    }

    /// <summary>Whether the string token reads back as it is (printable ASCII always does).</summary>
    private static bool IsSafe(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan;
        if (!reader.ValueIsEscaped && !raw.ContainsAnyExceptInRange((byte)' ', (byte)'~'))
        {
            return true;
        }

        var rented = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            return UntrustedText.IsSafe(rented.AsSpan(0, reader.CopyString(rented)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private enum Shape
    {
        Activity,
        ConversationUpdate,
        Other,
    }
}
