using System.Text.Json;
using System.Text.Json.Serialization;
using ShopBot.Handoff.State;
using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Bot.AfterSales;

/// <summary>Loads and saves a conversation's <see cref="DialogState"/> as JSON in the conversation-state store (memory or Redis).</summary>
public sealed partial class DialogStateStore(IConversationStateStore store, ILogger<DialogStateStore> logger)
{
    public async Task<(DialogState State, long Version)> LoadAsync(string conversationId, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return stored is null
            ? (new DialogState(), 0)
            : (JsonSerializer.Deserialize(stored.Json, DialogStateJsonContext.Default.DialogState) ?? new DialogState(), stored.Version);
    }

    /// <summary>
    /// Saves the state. When another host saved this conversation in between (two turns at once), the later turn wins:
    /// a buyer's newest words decide what the bot waits for next.
    /// </summary>
    public async Task SaveAsync(string conversationId, DialogState state, long version, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(state, DialogStateJsonContext.Default.DialogState);
        if (await store.TrySaveAsync(conversationId, json, version, cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        LogConflict(conversationId);
        var current = await store.GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
        await store.TrySaveAsync(conversationId, json, current?.Version ?? 0, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dialog state of {ConversationId} changed during the turn; saving the newer turn's state")]
    private partial void LogConflict(string conversationId);
}

[JsonSerializable(typeof(DialogState))]
internal sealed partial class DialogStateJsonContext : JsonSerializerContext;
