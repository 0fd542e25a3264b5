using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;
using StackExchange.Redis;

namespace ShopBot.Handoff.Redis;

/// <summary>
/// Queue, routing and agents in Redis, shared by every host process on the server and kept across restarts. Each
/// change is one Lua script (<see cref="RedisScripts"/>); reads that span keys are scripts too, so they see one snapshot.
/// </summary>
public sealed partial class RedisHandoffStore(
    IConnectionMultiplexer redis,
    IOptions<HandoffOptions> options,
    ILogger<RedisHandoffStore>? logger = null,
    IOptions<RetentionOptions>? retention = null) : IHandoffQueue, IAgentDirectory
{
    // Routing, history and held messages of a conversation that left the person's side live as long as its transcript.
    private readonly long _retention = (long)(retention?.Value ?? new RetentionOptions()).Transcript.TotalMilliseconds;
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;
    private const int PickupsKept = 100;
    private const int HeldMessagesKept = 200;
    private readonly RedisKeys _keys = new(options.Value.RedisKeyPrefix);

    private IDatabase Db => redis.GetDatabase();

    public async Task<QueueChange> EnqueueAsync(HandoffRequest request, string actor, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.ConversationId);
        var id = request.ConversationId;
        var limits = options.Value;
        var result = await RedisScripts.Enqueue.EvaluateAsync(Db, new
        {
            conversation = _keys.Conversation(id),
            queue = _keys.Queue,
            history = _keys.History(id),
            held = _keys.Held(id),
            buyerIndex = _keys.QueuedByBuyer(request.BuyerId),
            channelIndex = _keys.QueuedByChannel(request.Channel),
            conversationPrefix = _keys.ConversationPrefix,
            id,
            ticket = JsonSerializer.Serialize(request.ToTicket(now), HandoffJsonContext.Default.HandoffTicket),
            buyer = request.BuyerId,
            channel = request.Channel,
            priority = (int)request.Priority,
            score = QueueScore.Of(request.Priority, returned: false, now),
            nowMs = QueueScore.Milliseconds(now),
            nowIso = Iso(now),
            actor,
            reason = request.Reason,
            maxPerUser = limits.MaxQueuedPerUser,
            maxPerChannel = limits.MaxQueuedPerChannel,
        }).ConfigureAwait(false);
        return ReadChange(id, result);
    }

    public async Task<ConversationRouting> GetRoutingAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var fields = await Db.HashGetAllAsync(_keys.Conversation(conversationId)).ConfigureAwait(false);
        return ReadRouting(conversationId, fields.ToDictionary(f => f.Name.ToString(), f => f.Value.ToString(), StringComparer.Ordinal));
    }

    public async Task<IReadOnlyList<QueueEntry>> ListQueueAsync(CancellationToken cancellationToken = default)
    {
        var reply = (RedisResult[])(await Db.ScriptEvaluateAsync(RedisScripts.ListQueue, [_keys.Queue, _keys.Quarantine], [_keys.ConversationPrefix]).ConfigureAwait(false))!;
        var flat = (RedisResult[])reply[0]!;
        LogQuarantined(((RedisResult[])reply[1]!).Select(r => (string)r!));
        var entries = new List<QueueEntry>(flat.Length / 4);
        for (var i = 0; i + 3 < flat.Length; i += 4)
        {
            var id = (string)flat[i]!;
            if (TryParseTicket(id, (string?)flat[i + 1]) is not { } ticket
                || !long.TryParse((string?)flat[i + 2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var queuedAt))
            {
                LogUnreadableEntry(_logger, id);
                continue;
            }

            entries.Add(new QueueEntry(id, entries.Count + 1, ticket, QueueScore.FromMilliseconds(queuedAt), (string?)flat[i + 3] == "1"));
        }

        return entries;
    }

    public async Task<IReadOnlyDictionary<int, string>> FindQueuedAtAsync(IReadOnlyCollection<int> positions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var wanted = positions.Where(p => p > 0).Distinct().Order().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<int, string>();
        }

        var db = Db;
        var batch = db.CreateBatch();
        var pending = wanted.Select(p => (Position: p, Ids: batch.SortedSetRangeByRankAsync(_keys.Queue, p - 1, p - 1))).ToList();
        batch.Execute();
        var found = new Dictionary<int, string>();
        foreach (var (position, ids) in pending)
        {
            if ((await ids.ConfigureAwait(false)) is [var id, ..])
            {
                found[position] = id.ToString();
            }
        }

        return found;
    }

    public async Task<int?> GetPositionAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var rank = await Db.SortedSetRankAsync(_keys.Queue, conversationId).ConfigureAwait(false);
        return rank is null ? null : (int)rank.Value + 1;
    }

    public async Task<QueueChange> CancelAsync(string conversationId, string actor, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var result = await Db.ScriptEvaluateAsync(RedisScripts.Cancel,
            [_keys.Conversation(conversationId), _keys.Queue, _keys.History(conversationId), _keys.Held(conversationId)],
            [conversationId, Iso(now), actor, reason, _retention]).ConfigureAwait(false);
        return ReadChange(conversationId, result);
    }

    public async Task<bool> HoldMessageAsync(string conversationId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(text);
        var result = await Db.ScriptEvaluateAsync(RedisScripts.Hold,
            [_keys.Conversation(conversationId), _keys.Held(conversationId)], [text, HeldMessagesKept]).ConfigureAwait(false);
        return (int)result == 1;
    }

    public async Task<IReadOnlyList<string>> GetHeldMessagesAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var values = await Db.ListRangeAsync(_keys.Held(conversationId)).ConfigureAwait(false);
        return values.Select(v => v.ToString()).ToList();
    }

    public async Task<IReadOnlyList<RoutingTransition>> GetHistoryAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var values = await Db.ListRangeAsync(_keys.History(conversationId)).ConfigureAwait(false);
        return values.Select(v => JsonSerializer.Deserialize(v.ToString(), HandoffJsonContext.Default.RoutingTransition)!).ToList();
    }

    public async Task<RatingOutcome> RateAsync(string conversationId, string buyerId, int rating, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(buyerId);
        ArgumentOutOfRangeException.ThrowIfLessThan(rating, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rating, 5);
        var result = await Db.ScriptEvaluateAsync(RedisScripts.Rate, [_keys.Conversation(conversationId)], [buyerId, rating]).ConfigureAwait(false);
        return Enum.Parse<RatingOutcome>((string)result!);
    }

    public async Task<IReadOnlyList<Pickup>> GetRecentPickupsAsync(CancellationToken cancellationToken = default)
    {
        var values = await Db.ListRangeAsync(_keys.Pickups).ConfigureAwait(false);
        return values.Select(v =>
        {
            var parts = v.ToString().Split(':');
            var at = QueueScore.FromMilliseconds(long.Parse(parts[0], CultureInfo.InvariantCulture));
            return new Pickup(at, at - QueueScore.FromMilliseconds(long.Parse(parts[1], CultureInfo.InvariantCulture)));
        }).ToList();
    }

    private static string Iso(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    private HandoffTicket? TryParseTicket(string conversationId, string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, HandoffJsonContext.Default.HandoffTicket);
        }
        catch (JsonException)
        {
            LogUnreadableEntry(_logger, conversationId);
            return null;
        }
    }

    private void LogQuarantined(IEnumerable<string> conversationIds)
    {
        foreach (var id in conversationIds)
        {
            LogQuarantinedEntry(_logger, id);
        }
    }

    private QueueChange ReadChange(string? conversationId, RedisResult result)
    {
        var reply = (RedisResult[])result!;
        var outcome = Enum.Parse<TransitionOutcome>((string)reply[0]!);
        var position = (int)reply[1];
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 2; i + 1 < reply.Length; i += 2)
        {
            fields[(string)reply[i]!] = (string)reply[i + 1]!;
        }

        if (fields.Remove("quarantined", out var quarantined))
        {
            LogQuarantined(quarantined.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        var id = conversationId ?? fields.GetValueOrDefault("id");
        var routing = id is null ? null : ReadRouting(id, fields);
        return new QueueChange(outcome, routing, position > 0 ? position : null);
    }

    private ConversationRouting ReadRouting(string conversationId, Dictionary<string, string> fields)
    {
        if (!fields.TryGetValue("status", out var status))
        {
            return ConversationRouting.Unknown(conversationId);
        }

        return new ConversationRouting(
            conversationId,
            Enum.Parse<RoutingStatus>(status),
            TryParseTicket(conversationId, fields.GetValueOrDefault("ticket")),
            fields.GetValueOrDefault("agent"),
            fields.TryGetValue("since", out var since) ? DateTimeOffset.Parse(since, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null,
            fields.TryGetValue("rating", out var rating) ? int.Parse(rating, CultureInfo.InvariantCulture) : null);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue entry {ConversationId} had no readable conversation; taken out of the queue and quarantined")]
    private static partial void LogQuarantinedEntry(ILogger logger, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue entry {ConversationId} has an unreadable ticket; skipped")]
    private static partial void LogUnreadableEntry(ILogger logger, string conversationId);
}
