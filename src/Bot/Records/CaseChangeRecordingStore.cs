using ShopBot.Knowledge.Cases;

namespace ShopBot.Bot.Records;

/// <summary>Wraps the case store: every case opened or changed is noted for the turn that wrote it (<see cref="TurnCaseChanges"/>).</summary>
public sealed class CaseChangeRecordingStore(ICaseStore inner, TurnCaseChanges changes) : ICaseStore
{
    /// <summary>The store the cases live in (memory or Redis).</summary>
    public ICaseStore Inner => inner;

    public async Task<CaseRecord> OpenAsync(CaseDraft draft, CancellationToken cancellationToken = default) =>
        Noted(await inner.OpenAsync(draft, cancellationToken).ConfigureAwait(false));

    public async Task<CaseOpening> OpenUnlessOpenAsync(CaseDraft draft, CancellationToken cancellationToken = default)
    {
        var opening = await inner.OpenUnlessOpenAsync(draft, cancellationToken).ConfigureAwait(false);
        if (opening.Opened)
        {
            changes.Note(opening.Case);
        }

        return opening;
    }

    public Task<CaseRecord?> GetAsync(string caseId, CancellationToken cancellationToken = default) => inner.GetAsync(caseId, cancellationToken);

    public Task<IReadOnlyList<CaseRecord>> ListAsync(CaseQuery query, CancellationToken cancellationToken = default) => inner.ListAsync(query, cancellationToken);

    public async Task<CaseRecord> AttachPhotosAsync(string caseId, IReadOnlyList<string> photoUrls, CancellationToken cancellationToken = default) =>
        Noted(await inner.AttachPhotosAsync(caseId, photoUrls, cancellationToken).ConfigureAwait(false));

    public async Task<CaseRecord> NoteReturnParcelAsync(string caseId, string? carrier, string trackingNumber, CancellationToken cancellationToken = default) =>
        Noted(await inner.NoteReturnParcelAsync(caseId, carrier, trackingNumber, cancellationToken).ConfigureAwait(false));

    public async Task<CaseRecord> ResolveAsync(string caseId, CaseResolution resolution, CancellationToken cancellationToken = default) =>
        Noted(await inner.ResolveAsync(caseId, resolution, cancellationToken).ConfigureAwait(false));

    private CaseRecord Noted(CaseRecord record)
    {
        changes.Note(record);
        return record;
    }
}
