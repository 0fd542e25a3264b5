using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using ShopBot.Handoff.State;
using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Bot.AfterSales;

/// <summary>
/// Loads and saves a conversation's <see cref="DialogState"/> as JSON in the conversation-state store (memory or Redis).
/// Chinese is written as characters, not <c>\uXXXX</c> escapes: the state holds every reply said, and escaped it was
/// six characters for each one, written, stored and parsed on every turn. Either form reads back the same. A state a
/// finished turn hands back (<see cref="Release"/>) is taken up by the next turn instead of parsing the JSON again, as
/// long as the stored JSON is still the one it was saved as. The encoder goes on the writer, not the serializer options:
/// options with an encoder keep the source-generated context off its fast path (the state written property by property
/// through converters and metadata), a writer's encoder escapes the same characters either way.
/// </summary>
public sealed partial class DialogStateStore(IConversationStateStore store, ILogger<DialogStateStore> logger)
{
    private static readonly DialogStateJsonContext StateJson = DialogStateJsonContext.Default;

    private static readonly JsonWriterOptions Characters = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>A buffer larger than this (a state of some hundred replies) is let go after its save rather than kept per thread.</summary>
    private const int KeptBufferBytes = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public async Task<(DialogState State, long Version)> LoadAsync(string conversationId, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
        var left = TakeLeft(conversationId);
        if (stored is null)
        {
            return (new DialogState(), 0);
        }

        return left is not null && string.Equals(left.Json, stored.Json, StringComparison.Ordinal)
            ? (left.State, stored.Version)
            : (Parse(stored.Json), stored.Version);
    }

    private static DialogState Parse(string json) => JsonSerializer.Deserialize(json, StateJson.DialogState) ?? new DialogState();

    /// <summary>
    /// Saves the state and returns the version it was saved as. When another host saved this conversation in between (two
    /// turns at once), the later turn wins: a buyer's newest words decide what the bot waits for next.
    /// </summary>
    public async Task<long> SaveAsync(string conversationId, DialogState state, long version, CancellationToken cancellationToken)
    {
        var json = Write(state);
        NoteSaved(conversationId, json, state);
        if (await store.TrySaveAsync(conversationId, json, version, cancellationToken).ConfigureAwait(false) is { } saved)
        {
            return saved;
        }

        LogConflict(conversationId);
        var current = await store.GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return await store.TrySaveAsync(conversationId, json, current?.Version ?? 0, cancellationToken).ConfigureAwait(false) ?? 0;
    }

    /// <summary>The state as JSON, Chinese as characters; the same text the serializer's own string overload gives.</summary>
    internal static string Write(DialogState state)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, Characters))
        {
            JsonSerializer.Serialize(writer, state, StateJson.DialogState);
        }

        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity > KeptBufferBytes)
        {
            t_buffer = null;
        }

        return json;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dialog state of {ConversationId} changed during the turn; saving the newer turn's state")]
    private partial void LogConflict(string conversationId);
}

[JsonSerializable(typeof(DialogState))]
internal sealed partial class DialogStateJsonContext : JsonSerializerContext;
