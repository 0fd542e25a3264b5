namespace ShopBot.Knowledge.Promotion;

/// <summary>
/// The promoted intent model and the one before it. Every host serves the current model; a rollback makes the
/// previous one current again (and keeps the rolled-back one as previous, so a rollback can be undone).
/// </summary>
public interface IIntentModelStore
{
    Task<IntentModelStamp?> CurrentStampAsync(CancellationToken cancellationToken = default);

    Task<IntentModelStamp?> PreviousStampAsync(CancellationToken cancellationToken = default);

    Task<StoredIntentModel?> CurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>Makes <paramref name="model"/> current; the current one becomes previous.</summary>
    Task PromoteAsync(StoredIntentModel model, CancellationToken cancellationToken = default);

    /// <summary>Swaps current and previous; the model now current, or null when there is no previous model.</summary>
    Task<StoredIntentModel?> RollBackAsync(CancellationToken cancellationToken = default);
}
