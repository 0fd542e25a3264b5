using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Cases;

/// <summary>
/// Cases in memory, for one instance: lost on restart. Records are immutable and every change replaces a record
/// under one lock, so concurrent turns never lose an update. Ids read <c>AS20261122-00001</c> (local date, sequence).
/// </summary>
public sealed class InMemoryCaseStore(TimeProvider time, ILogger<InMemoryCaseStore> logger) : ICaseStore
{
    private readonly ConcurrentDictionary<string, CaseRecord> _cases = new(StringComparer.Ordinal);
    private readonly Lock _writeGate = new();
    private long _sequence;

    public Task<CaseRecord> OpenAsync(CaseDraft draft, CancellationToken cancellationToken = default)
    {
        CaseDraftValidator.Validate(draft);
        lock (_writeGate)
        {
            return Task.FromResult(Open(draft));
        }
    }

    public Task<CaseOpening> OpenUnlessOpenAsync(CaseDraft draft, CancellationToken cancellationToken = default)
    {
        CaseDraftValidator.Validate(draft);
        lock (_writeGate)
        {
            var standing = draft.OrderNumber is null ? null : _cases.Values
                .Where(c => c.Status == CaseStatus.Open && c.Kind == draft.Kind && c.BuyerId == draft.BuyerId && c.OrderNumber == draft.OrderNumber)
                .OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id, StringComparer.Ordinal).FirstOrDefault();
            return Task.FromResult(standing is null ? new CaseOpening(Open(draft), Opened: true) : new CaseOpening(standing, Opened: false));
        }
    }

    /// <summary>Stores the draft as a new open case; called under the write lock, so a look before it holds.</summary>
    private CaseRecord Open(CaseDraft draft)
    {
        var now = ShanghaiTime.Now(time);
        var id = CaseChanges.Id(now, Interlocked.Increment(ref _sequence));
        var record = CaseChanges.Open(draft, id, now);
        _cases[id] = record;
        logger.LogInformation("Opened case {CaseId} ({Kind}) for order {OrderNumber}", id, draft.Kind.Name(), draft.OrderNumber);
        return record;
    }

    public Task<CaseRecord?> GetAsync(string caseId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_cases.GetValueOrDefault(caseId));

    public Task<IReadOnlyList<CaseRecord>> ListAsync(CaseQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        IReadOnlyList<CaseRecord> list = _cases.Values.Where(query.Matches)
            .OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id, StringComparer.Ordinal)
            .Take(Math.Max(0, query.Limit)).ToList();
        return Task.FromResult(list);
    }

    public Task<CaseRecord> AttachPhotosAsync(string caseId, IReadOnlyList<string> photoUrls, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(photoUrls);
        return Task.FromResult(Update(caseId, current => CaseChanges.AttachPhotos(current, photoUrls, ShanghaiTime.Now(time))));
    }

    public Task<CaseRecord> NoteReturnParcelAsync(string caseId, string? carrier, string trackingNumber, CancellationToken cancellationToken = default) =>
        Task.FromResult(Update(caseId, current => CaseChanges.NoteReturnParcel(current, carrier, trackingNumber, ShanghaiTime.Now(time))));

    public Task<CaseRecord> ResolveAsync(string caseId, CaseResolution resolution, CancellationToken cancellationToken = default)
    {
        CaseResolutions.Validate(resolution);
        var record = Update(caseId, current => CaseChanges.Resolve(current, resolution, ShanghaiTime.Now(time)));
        logger.LogInformation("Case {CaseId} {Status} by {Handler}", caseId, record.Status, record.Handler);
        return Task.FromResult(record);
    }

    private CaseRecord Update(string caseId, Func<CaseRecord, CaseRecord> change)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        lock (_writeGate)
        {
            var current = _cases.GetValueOrDefault(caseId) ?? throw new CaseNotFoundException(caseId);
            var updated = change(current);
            _cases[caseId] = updated;
            return updated;
        }
    }
}
