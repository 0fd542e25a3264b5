using System.Globalization;
using System.Text.Json;
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
public sealed partial class RedisHandoffStore(IConnectionMultiplexer redis, IOptions<HandoffOptions> options) : IHandoffQueue, IAgentDirectory
{
    private const int PickupsKept = 100;
    private const int HeldMessagesKept = 200;
    private readonly RedisKeys _keys = new(options.Value.RedisKeyPrefix);

    private IDatabase Db => redis.GetDatabase();

    public async Task<QueueChange> EnqueueAsync(HandoffRequest request, string actor, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.ConversationId);
        var id = request.ConversationId;
        var ticket = JsonSerializer.Serialize(request.ToTicket(now), HandoffJsonContext.Default.HandoffTicket);
        var score = QueueScore.Of(request.Priority, returned: false, now);
        var result = await Db.ScriptEvaluateAsync(RedisScripts.Enqueue,
            [_keys.Conversation(id), _keys.Queue, _keys.History(id), _keys.Held(id)],
            [id, ticket, request.BuyerId, (int)request.Priority, score, QueueScore.Milliseconds(now), Iso(now), actor, request.Reason]).ConfigureAwait(false);
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
        var flat = (RedisResult[])(await Db.ScriptEvaluateAsync(RedisScripts.ListQueue, [_keys.Queue], [_keys.ConversationPrefix]).ConfigureAwait(false))!;
        var entries = new List<QueueEntry>(flat.Length / 4);
        for (var i = 0; i + 3 < flat.Length; i += 4)
        {
            var ticket = (string?)flat[i + 1];
            if (ticket is null)
            {
                continue;
            }

            entries.Add(new QueueEntry((string)flat[i]!, entries.Count + 1, ParseTicket(ticket),
                QueueScore.FromMilliseconds((long)flat[i + 2]), (string?)flat[i + 3] == "1"));
        }

        return entries;
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
            [_keys.Conversation(conversationId), _keys.Queue, _keys.History(conversationId)],
            [conversationId, Iso(now), actor, reason]).ConfigureAwait(false);
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

    private static HandoffTicket ParseTicket(string json) => JsonSerializer.Deserialize(json, HandoffJsonContext.Default.HandoffTicket)!;

    private static QueueChange ReadChange(string? conversationId, RedisResult result)
    {
        var reply = (RedisResult[])result!;
        var outcome = Enum.Parse<TransitionOutcome>((string)reply[0]!);
        var position = (int)reply[1];
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 2; i + 1 < reply.Length; i += 2)
        {
            fields[(string)reply[i]!] = (string)reply[i + 1]!;
        }

        var id = conversationId ?? fields.GetValueOrDefault("id");
        var routing = id is null ? null : ReadRouting(id, fields);
        return new QueueChange(outcome, routing, position > 0 ? position : null);
    }

    private static ConversationRouting ReadRouting(string conversationId, Dictionary<string, string> fields)
    {
        if (!fields.TryGetValue("status", out var status))
        {
            return ConversationRouting.Unknown(conversationId);
        }

        return new ConversationRouting(
            conversationId,
            Enum.Parse<RoutingStatus>(status),
            fields.TryGetValue("ticket", out var ticket) ? ParseTicket(ticket) : null,
            fields.GetValueOrDefault("agent"),
            fields.TryGetValue("since", out var since) ? DateTimeOffset.Parse(since, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null,
            fields.TryGetValue("rating", out var rating) ? int.Parse(rating, CultureInfo.InvariantCulture) : null);
    }
}
