using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Promotion;

/// <summary>
/// The promoted model on disk, in a <c>models</c> folder next to the model zip: <c>current.zip</c> and
/// <c>previous.zip</c>, each with its stamp as JSON. One host per folder; files are replaced through a rename.
/// </summary>
public sealed class FileIntentModelStore(KnowledgeBasePaths paths, IOptions<IntentModelOptions> options) : IIntentModelStore
{
    private const string Current = "current";
    private const string Previous = "previous";

    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Folder => Path.Combine(Path.GetDirectoryName(IntentModelHost.ResolveModelPath(paths, options.Value))!, "models");

    public Task<IntentModelStamp?> CurrentStampAsync(CancellationToken cancellationToken = default) => ReadStampAsync(Current, cancellationToken);

    public Task<IntentModelStamp?> PreviousStampAsync(CancellationToken cancellationToken = default) => ReadStampAsync(Previous, cancellationToken);

    public async Task<StoredIntentModel?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await ReadAsync(Current, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task PromoteAsync(StoredIntentModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(Folder);
            if (File.Exists(Zip(Current)))
            {
                Move(Current, Previous);
            }

            await WriteAsync(Current, model, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<StoredIntentModel?> RollBackAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!File.Exists(Zip(Previous)) || !File.Exists(Zip(Current)))
            {
                return null;
            }

            const string swap = "swap";
            Move(Current, swap);
            Move(Previous, Current);
            Move(swap, Previous);
            return await ReadAsync(Current, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private string Zip(string slot) => Path.Combine(Folder, slot + ".zip");

    private string Stamp(string slot) => Path.Combine(Folder, slot + ".json");

    private void Move(string from, string to)
    {
        File.Move(Zip(from), Zip(to), overwrite: true);
        File.Move(Stamp(from), Stamp(to), overwrite: true);
    }

    private async Task<IntentModelStamp?> ReadStampAsync(string slot, CancellationToken cancellationToken)
    {
        if (!File.Exists(Stamp(slot)))
        {
            return null;
        }

        var json = await File.ReadAllTextAsync(Stamp(slot), cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Deserialize(json, PromotionJsonContext.Default.IntentModelStamp);
    }

    private async Task<StoredIntentModel?> ReadAsync(string slot, CancellationToken cancellationToken)
    {
        var stamp = await ReadStampAsync(slot, cancellationToken).ConfigureAwait(false);
        return stamp is null || !File.Exists(Zip(slot))
            ? null
            : new StoredIntentModel(stamp, await File.ReadAllBytesAsync(Zip(slot), cancellationToken).ConfigureAwait(false));
    }

    private async Task WriteAsync(string slot, StoredIntentModel model, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(Folder, $".{slot}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(temporary, model.Zip, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, Zip(slot), overwrite: true);
            await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(model.Stamp, PromotionJsonContext.Default.IntentModelStamp), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, Stamp(slot), overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
