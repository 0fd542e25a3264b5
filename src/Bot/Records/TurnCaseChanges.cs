using ShopBot.Knowledge.Cases;

namespace ShopBot.Bot.Records;

/// <summary>
/// The cases one turn opened or changed, collected as the store writes them: the recording step opens a scope around
/// the turn, and <see cref="CaseChangeRecordingStore"/> notes every write made in that turn's async flow. No lookup
/// after the turn, and no case of another turn of the same buyer running at the same time.
/// </summary>
public sealed class TurnCaseChanges
{
    private readonly AsyncLocal<List<string>?> _current = new();

    /// <summary>Starts collecting for the turn that runs in this async flow; dispose to stop.</summary>
    public Scope Begin()
    {
        var changes = new List<string>();
        _current.Value = changes;
        return new Scope(this, changes);
    }

    public void Note(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_current.Value is { } changes)
        {
            var entry = record.Kind.Name() + ":" + record.Id;
            lock (changes)
            {
                if (!changes.Contains(entry, StringComparer.Ordinal))
                {
                    changes.Add(entry);
                }
            }
        }
    }

    /// <summary>The cases of one turn, in the order they were first written.</summary>
    public sealed class Scope(TurnCaseChanges owner, List<string> changes) : IDisposable
    {
        public IReadOnlyList<string> Records
        {
            get
            {
                lock (changes)
                {
                    return [.. changes];
                }
            }
        }

        public void Dispose() => owner._current.Value = null;
    }
}
