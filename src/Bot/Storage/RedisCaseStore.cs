using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;
using StackExchange.Redis;

namespace ShopBot.Bot.Storage;

/// <summary>
/// Cases in Redis, shared by every host and kept across restarts. A case is one JSON string; ids come from one
/// counter, so hosts never hand out the same id; sorted sets by last change (all cases, per buyer, per order) let a
/// listing read only the cases it can return. Every write is one MULTI/EXEC: opening writes the case and its indexes
/// together, and a change is applied only if the case is still the version it was computed from (WATCH), else it
/// is computed again from the newer version.
/// </summary>
public sealed partial class RedisCaseStore(IConnectionMultiplexer redis, IOptions<HandoffOptions> options, TimeProvider time, ILogger<RedisCaseStore> logger) : ICaseStore
{
    /// <summary>Tries of one change before giving up: only many agents changing one case at the same moment use more than one.</summary>
    private const int MaxAttempts = 16;

    private readonly CaseKeys _keys = new(options.Value.RedisKeyPrefix);

    private IDatabase Db => redis.GetDatabase();

    public async Task<CaseRecord> OpenAsync(CaseDraft draft, CancellationToken cancellationToken = default)
    {
        CaseDraftValidator.Validate(draft);
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sequence = await Db.StringIncrementAsync(_keys.Sequence).ConfigureAwait(false);
            var now = ShanghaiTime.Now(time);
            var record = CaseChanges.Open(draft, CaseChanges.Id(now, sequence), now);
            var transaction = Db.CreateTransaction();
            // Only a counter reset behind the store's back could make the id taken; then the next number is tried.
            transaction.AddCondition(Condition.KeyNotExists(_keys.Case(record.Id)));
            Write(transaction, record);
            if (await transaction.ExecuteAsync().ConfigureAwait(false))
            {
                LogOpened(record.Id, record.Kind.Name(), record.OrderNumber);
                return record;
            }

            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"No free case id after {MaxAttempts} tries: is the counter {_keys.Sequence} behind the stored cases?");
            }
        }
    }

    public async Task<CaseRecord?> GetAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        var json = await Db.StringGetAsync(_keys.Case(caseId)).ConfigureAwait(false);
        return json.IsNull ? null : Read(json);
    }

    public Task<CaseRecord> AttachPhotosAsync(string caseId, IReadOnlyList<string> photoUrls, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(photoUrls);
        return UpdateAsync(caseId, current => CaseChanges.AttachPhotos(current, photoUrls, ShanghaiTime.Now(time)), cancellationToken);
    }

    public Task<CaseRecord> NoteReturnParcelAsync(string caseId, string? carrier, string trackingNumber, CancellationToken cancellationToken = default) =>
        UpdateAsync(caseId, current => CaseChanges.NoteReturnParcel(current, carrier, trackingNumber, ShanghaiTime.Now(time)), cancellationToken);

    public async Task<CaseRecord> ResolveAsync(string caseId, CaseResolution resolution, CancellationToken cancellationToken = default)
    {
        CaseResolutions.Validate(resolution);
        var record = await UpdateAsync(caseId, current => CaseChanges.Resolve(current, resolution, ShanghaiTime.Now(time)), cancellationToken).ConfigureAwait(false);
        LogResolved(record.Id, record.Status, record.Handler);
        return record;
    }

    /// <summary>Applies a change to the stored version, retrying from the newer version when another writer got there first.</summary>
    private async Task<CaseRecord> UpdateAsync(string caseId, Func<CaseRecord, CaseRecord> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        var key = _keys.Case(caseId);
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var json = await Db.StringGetAsync(key).ConfigureAwait(false);
            if (json.IsNull)
            {
                throw new CaseNotFoundException(caseId);
            }

            var updated = change(Read(json));
            var transaction = Db.CreateTransaction();
            transaction.AddCondition(Condition.StringEqual(key, json));
            Write(transaction, updated);
            if (await transaction.ExecuteAsync().ConfigureAwait(false))
            {
                return updated;
            }

            LogConflict(caseId, attempt);
            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"Case '{caseId}' kept changing under {MaxAttempts} tries; try again.");
            }
        }
    }

    /// <summary>Queues the record and its index entries; the indexes never change key, since buyer and order are fixed at opening.</summary>
    private void Write(ITransaction transaction, CaseRecord record)
    {
        var score = Score(record.UpdatedAt);
        _ = transaction.StringSetAsync(_keys.Case(record.Id), JsonSerializer.Serialize(record, CaseJsonContext.Default.CaseRecord));
        _ = transaction.SortedSetAddAsync(_keys.ByUpdate, record.Id, score);
        _ = transaction.SortedSetAddAsync(_keys.Buyer(record.BuyerId), record.Id, score);
        if (record.OrderNumber is not null)
        {
            _ = transaction.SortedSetAddAsync(_keys.Order(record.OrderNumber), record.Id, score);
        }
    }

    private static CaseRecord Read(RedisValue json) =>
        JsonSerializer.Deserialize((string)json!, CaseJsonContext.Default.CaseRecord)
        ?? throw new JsonException("A stored case is the JSON null.");

    /// <summary>Microseconds since 1970: exact in a double for the next two centuries, and finer than any two turns.</summary>
    private static double Score(DateTimeOffset instant) => (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    [LoggerMessage(Level = LogLevel.Information, Message = "Opened case {CaseId} ({Kind}) for order {OrderNumber}")]
    private partial void LogOpened(string caseId, string kind, string? orderNumber);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} {Status} by {Handler}")]
    private partial void LogResolved(string caseId, CaseStatus status, string handler);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Case {CaseId} changed by another writer; computing attempt {Attempt} again")]
    private partial void LogConflict(string caseId, int attempt);
}
