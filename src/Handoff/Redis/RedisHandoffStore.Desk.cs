using System.Globalization;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;
using StackExchange.Redis;
using ShopBot.Handoff.Desk;

namespace ShopBot.Handoff.Redis;

public sealed partial class RedisHandoffStore : IDeskStore
{
    private readonly RedisDeskKeys _deskKeys = new(new RedisKeys(options.Value.RedisKeyPrefix));

    public async Task<string?> GetOwnerAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var fields = await Db.HashGetAsync(_keys.Conversation(conversationId), ["status", "agent"]).ConfigureAwait(false);
        return fields[0] == nameof(RoutingStatus.WithAgent) && !fields[1].IsNullOrEmpty ? (string?)fields[1] : null;
    }

    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> GetUnansweredSinceAsync(IReadOnlyCollection<string> conversationIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationIds);
        var ids = conversationIds.Distinct(StringComparer.Ordinal).ToArray();
        var found = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (ids.Length == 0)
        {
            return found;
        }

        var scores = await Db.SortedSetScoresAsync(_keys.Unanswered, [.. ids.Select(id => (RedisValue)id)]).ConfigureAwait(false);
        for (var i = 0; i < ids.Length; i++)
        {
            if (scores[i] is { } score)
            {
                found[ids[i]] = QueueScore.FromMilliseconds((long)score);
            }
        }

        return found;
    }

    public async Task<bool> MarkAgentTypingAsync(string agentId, string conversationId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var result = await RedisDeskScripts.MarkTyping.EvaluateAsync(Db, new
        {
            conversation = _keys.Conversation(conversationId),
            unanswered = _keys.Unanswered,
            agent = agentId,
            id = conversationId,
            nowMs = QueueScore.Milliseconds(now),
        }).ConfigureAwait(false);
        return (int)result == 1;
    }

    public async Task<TransitionOutcome> OfferTransferAsync(string fromAgentId, string conversationId, string toAgentId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(fromAgentId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(toAgentId);
        var keys = _deskKeys;
        var result = await RedisDeskScripts.Offer.EvaluateAsync(Db, new
        {
            conversation = _keys.Conversation(conversationId),
            toAgent = _keys.Agent(toAgentId),
            transfer = keys.Transfer(conversationId),
            transfersTo = keys.TransfersTo(toAgentId),
            transfersToPrefix = keys.TransfersToPrefix,
            transfers = keys.Transfers,
            id = conversationId,
            from = fromAgentId,
            to = toAgentId,
            nowMs = QueueScore.Milliseconds(now),
            nowIso = now.ToString("O", CultureInfo.InvariantCulture),
        }).ConfigureAwait(false);
        return Enum.Parse<TransitionOutcome>((string)result!);
    }

    public async Task<QueueChange> AcceptTransferAsync(string toAgentId, string conversationId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(toAgentId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var keys = _deskKeys;
        var result = await RedisDeskScripts.Accept.EvaluateAsync(Db, new
        {
            conversation = _keys.Conversation(conversationId),
            transfer = keys.Transfer(conversationId),
            transfersTo = keys.TransfersTo(toAgentId),
            transfers = keys.Transfers,
            toAgent = _keys.Agent(toAgentId),
            toChats = _keys.AgentChats(toAgentId),
            unanswered = _keys.Unanswered,
            history = _keys.History(conversationId),
            agentChatsPrefix = _keys.AgentChatsPrefix,
            id = conversationId,
            to = toAgentId,
            nowMs = QueueScore.Milliseconds(now),
            nowIso = now.ToString("O", CultureInfo.InvariantCulture),
        }).ConfigureAwait(false);
        return ReadChange(conversationId, result);
    }

    public async Task<string?> TakeBackTransferAsync(string toAgentId, string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(toAgentId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var keys = _deskKeys;
        var result = await RedisDeskScripts.TakeBack.EvaluateAsync(Db, new
        {
            conversation = _keys.Conversation(conversationId),
            transfer = keys.Transfer(conversationId),
            transfersTo = keys.TransfersTo(toAgentId),
            transfers = keys.Transfers,
            id = conversationId,
            to = toAgentId,
        }).ConfigureAwait(false);
        return result.IsNull ? null : (string?)result;
    }

    public async Task<IReadOnlyList<TransferOffer>> ListTransferOffersAsync(string toAgentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(toAgentId);
        var keys = _deskKeys;
        var flat = (RedisResult[])(await RedisDeskScripts.ListOffers.EvaluateAsync(Db, new
        {
            transfersTo = keys.TransfersTo(toAgentId),
            transfers = keys.Transfers,
            transferPrefix = keys.TransferPrefix,
            conversationPrefix = _keys.ConversationPrefix,
            to = toAgentId,
        }).ConfigureAwait(false))!;
        var offers = new List<TransferOffer>(flat.Length / 3);
        for (var i = 0; i + 2 < flat.Length; i += 3)
        {
            var at = DateTimeOffset.Parse((string)flat[i + 2]!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            offers.Add(new TransferOffer((string)flat[i]!, (string)flat[i + 1]!, toAgentId, at));
        }

        return [.. offers.OrderBy(o => o.OfferedAt).ThenBy(o => o.ConversationId, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<TransferOffer>> ListTransferOffersMadeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        var keys = _deskKeys;
        var flat = (RedisResult[])(await RedisDeskScripts.ListOffersMadeBefore.EvaluateAsync(Db, new
        {
            transfers = keys.Transfers,
            transferPrefix = keys.TransferPrefix,
            transfersToPrefix = keys.TransfersToPrefix,
            conversationPrefix = _keys.ConversationPrefix,
            cutoffMs = QueueScore.Milliseconds(cutoff),
        }).ConfigureAwait(false))!;
        var offers = new List<TransferOffer>(flat.Length / 4);
        for (var i = 0; i + 3 < flat.Length; i += 4)
        {
            var at = DateTimeOffset.Parse((string)flat[i + 3]!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            offers.Add(new TransferOffer((string)flat[i]!, (string)flat[i + 1]!, (string)flat[i + 2]!, at));
        }

        return [.. offers.OrderBy(o => o.OfferedAt)];
    }
}
