using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Buyer;
using ShopBot.Bot.Schema;
using ShopBot.Handoff.Transcripts;

namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>
/// Direct Line conversations on top of the transcript store: a conversation exists once its first activity (the
/// <c>conversationUpdate</c> that adds the buyer) is stored, and the watermark is the transcript index.
/// </summary>
public sealed class DirectLineConversations(
    ITranscriptStore store,
    ChannelAdapter adapter,
    DirectLineTokens tokens,
    IOptions<DirectLineOptions> options,
    IOptions<ShopOptions> shop,
    TimeProvider time)
{
    public const string ChannelId = "directline";

    /// <summary>Longer client ids are not remembered (Web Chat's are a few dozen characters).</summary>
    public const int MaxClientActivityIdLength = 128;

    public ChannelAccount BotAccount => new() { Id = options.Value.BotId, Name = shop.Value.Name, Role = RoleTypes.Bot };

    /// <summary>Starts a conversation for the user (the bot gets its <c>conversationUpdate</c> turn) and returns it with a token pinned to both.</summary>
    public async Task<Conversation> StartAsync(string userId, string? userName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var conversationId = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
        var user = new ChannelAccount { Id = userId, Name = userName, Role = RoleTypes.User };
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = ChannelId,
            Conversation = new ConversationAccount { Id = conversationId },
            From = user,
            Recipient = BotAccount,
            MembersAdded = [user, BotAccount],
        };
        await adapter.ProcessActivityAsync(update, cancellationToken).ConfigureAwait(false);
        return ConversationFor(new TokenPayload(userId, userName, conversationId, 0), tokens.Issue(userId, userName, conversationId));
    }

    public Conversation ConversationFor(TokenPayload payload, string token)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return new Conversation(payload.ConversationId, token, tokens.LifetimeSeconds);
    }

    public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken = default) =>
        store.ExistsAsync(conversationId, cancellationToken);

    /// <summary>
    /// Stores the buyer's activity as the server's own copy (server id and time, <c>from</c> from the token) and runs the
    /// turn. The activity is stored before the bot runs, so a failing bot never loses what the buyer sent, and once it
    /// is stored the answer is its id even when the turn fails. A repeat of a <c>channelData.clientActivityID</c>
    /// already stored in the conversation (a client retrying a post whose answer it lost: a 503 after Redis stored it
    /// and then dropped the connection, a stopped host) answers the first post's id and is neither stored nor run again;
    /// the id is stored with the activity in one step, so a post refused before it was stored is stored by its retry.
    /// The buyer's <c>typing</c> is neither: the adapter passes it on to whoever watches the conversation (the agent's console).
    /// </summary>
    public async Task<ResourceResponse> PostAsync(TokenPayload caller, Activity posted, IList<Attachment>? attachments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(posted);
        var activity = new Activity
        {
            Type = posted.Type,
            Id = TranscriptWriter.NewActivityId(),
            Timestamp = time.GetUtcNow(),
            LocalTimestamp = posted.LocalTimestamp,
            ChannelId = ChannelId,
            Conversation = new ConversationAccount { Id = caller.ConversationId },
            From = new ChannelAccount { Id = caller.UserId, Name = caller.UserName, Role = RoleTypes.User },
            Recipient = BotAccount,
            Locale = posted.Locale,
            TextFormat = TextFormatTypes.Plain,
            Text = posted.Text,
            Attachments = attachments,
            ChannelData = posted.ChannelData,
            Name = posted.Name,
            Value = posted.Value,
            ReplyToId = posted.ReplyToId,
        };
        // Not cancelled with the request: a client that stops waiting still gets its answer at the next read.
        return await adapter.ProcessActivityAsync(activity, ClientActivityIdOf(posted), CancellationToken.None).ConfigureAwait(false);
    }

    private static string? ClientActivityIdOf(Activity posted) =>
        posted.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("clientActivityID", out var id)
        && id.ValueKind == JsonValueKind.String
        && id.GetString() is { Length: > 0 and <= MaxClientActivityIdLength } text
            ? text
            : null;

    /// <summary>Activities from the watermark on, without the internal <c>conversationUpdate</c>, and the next watermark.</summary>
    public async Task<ActivitySet> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken = default)
    {
        var entries = await store.ReadAsync(conversationId, watermark, options.Value.PageSize, cancellationToken).ConfigureAwait(false);
        var activities = entries
            .Select(e => JsonSerializer.Deserialize(e.ActivityJson, BotJsonContext.Default.Activity))
            .OfType<Activity>()
            .Where(a => a.Type != ActivityTypes.ConversationUpdate)
            .ToList();
        var next = entries.Count == 0 ? watermark : entries[^1].Index + 1;
        return new ActivitySet(activities, next.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>What <see cref="ReadAsync"/> reads, already written as the JSON that polls and streams send.</summary>
    public async Task<ActivitySetJson> ReadJsonAsync(string conversationId, long watermark, CancellationToken cancellationToken = default)
    {
        var entries = await store.ReadAsync(conversationId, watermark, options.Value.PageSize, cancellationToken).ConfigureAwait(false);
        return StoredActivitySet.Write(entries, entries.Count == 0 ? watermark : entries[^1].Index + 1);
    }

    /// <summary>
    /// What the stream sends from the watermark on: one set per stored entry, each with the watermark just past it (an
    /// internal <c>conversationUpdate</c> gives an empty set that only moves the watermark). botframework-directlinejs
    /// emits the activities of each set on its scheduler and merges the sets, so two sets of several activities sent in
    /// quick succession could reach the client interleaved; sets of one activity reach it in the order sent.
    /// </summary>
    public async Task<IReadOnlyList<ActivitySetJson>> ReadJsonOneByOneAsync(string conversationId, long watermark, CancellationToken cancellationToken = default)
    {
        var entries = await store.ReadAsync(conversationId, watermark, options.Value.PageSize, cancellationToken).ConfigureAwait(false);
        var sets = new ActivitySetJson[entries.Count];
        for (var i = 0; i < sets.Length; i++)
        {
            sets[i] = StoredActivitySet.Write([entries[i]], entries[i].Index + 1);
        }

        return sets;
    }
}
