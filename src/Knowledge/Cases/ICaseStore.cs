namespace ShopBot.Knowledge.Cases;

/// <summary>
/// Notes, requests and cases as records a person can list and act on (the agent console shows them).
/// Implementations are safe to call from many turns at once and pass <c>CaseStoreContract</c>.
/// </summary>
public interface ICaseStore
{
    /// <summary>Validates the draft (<see cref="CaseDraftException"/>) and stores it as an open case with a new id.</summary>
    Task<CaseRecord> OpenAsync(CaseDraft draft, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens the draft unless an open case of its kind stands for its buyer and order, and then returns that one: the
    /// look and the opening are one step, so two turns at once never both open one. A draft without an order is opened.
    /// </summary>
    Task<CaseOpening> OpenUnlessOpenAsync(CaseDraft draft, CancellationToken cancellationToken = default);

    Task<CaseRecord?> GetAsync(string caseId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CaseRecord>> ListAsync(CaseQuery query, CancellationToken cancellationToken = default);

    /// <summary>Adds photo URLs a buyer sent after the case was opened.</summary>
    Task<CaseRecord> AttachPhotosAsync(string caseId, IReadOnlyList<string> photoUrls, CancellationToken cancellationToken = default);

    /// <summary>Notes the courier and tracking number of the parcel a buyer sent back on an open return, exchange, repair or logistics follow-up.</summary>
    Task<CaseRecord> NoteReturnParcelAsync(string caseId, string? carrier, string trackingNumber, CancellationToken cancellationToken = default);

    /// <summary>Resolves or cancels an open case, with the money involved; a closed case cannot be resolved again.</summary>
    Task<CaseRecord> ResolveAsync(string caseId, CaseResolution resolution, CancellationToken cancellationToken = default);
}
