using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Screening;

namespace ShopBot.Knowledge.Policies;

/// <summary>
/// The policy files of <c>knowledge-base/policies/</c>, loaded at first use and searchable. <see cref="Reload"/>
/// swaps in edited files; a broken file is refused and the entries in use stay. The best entry for a question is
/// remembered (<see cref="PolicyMatchMemory"/>) until the next reload.
/// </summary>
public sealed partial class PolicyKnowledgeBase(
    KnowledgeBasePaths paths,
    CharacterGrams grams,
    IReplyScreen screen,
    IOptions<PolicyOptions> options,
    ILogger<PolicyKnowledgeBase> logger) : IPolicySearch
{
    private readonly Lock _gate = new();
    private Loaded? _loaded;

    public PolicyIndex Index => Current.Index;

    /// <summary>What <see cref="FindBest"/> remembers of the index in use.</summary>
    public PolicyMatchMemory Memory => Current.Memory;

    private Loaded Current
    {
        get
        {
            var loaded = Volatile.Read(ref _loaded);
            if (loaded is not null)
            {
                return loaded;
            }

            lock (_gate)
            {
                return _loaded ??= new Loaded(Build(), new PolicyMatchMemory());
            }
        }
    }

    public PolicyEntry? Get(string id) => Index.Entries.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));

    public PolicyMatch? FindBest(string question, IReadOnlyCollection<string>? skip = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var (index, memory) = Current;
        var found = memory.GetOrAdd(grams.Normalize(question), skip, (index, question, skip), static s => s.index.Rank(s.question, 1, s.skip).FirstOrDefault());
        if (found is null || found.Score < options.Value.MinimumScore)
        {
            NoPolicy(options.Value.MinimumScore, found?.Entry.Id, found?.Score);
            return null;
        }

        PolicyFound(found.Entry.Id, found.Score);
        return found;
    }

    public IReadOnlyList<PolicyMatch> Rank(string question, int count) => Index.Rank(question, count);

    /// <summary>Reads the files again; throws <see cref="InvalidDataException"/> and keeps the entries in use when a file is broken.</summary>
    public PolicyIndex Reload()
    {
        var index = Build();
        lock (_gate)
        {
            _loaded = new Loaded(index, new PolicyMatchMemory());
        }

        return index;
    }

    private PolicyIndex Build()
    {
        var entries = PolicyFile.LoadFolder(paths.Policies, screen);
        logger.LogInformation("Loaded {Policies} policy entries from {Folder}", entries.Count, paths.Policies);
        return new PolicyIndex(entries, grams);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "No policy reaches {MinimumScore}; best {Policy} at {Score}")]
    private partial void NoPolicy(double minimumScore, string? policy, double? score);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Policy {Policy} at {Score}")]
    private partial void PolicyFound(string policy, double score);

    /// <summary>An index and the memory of its answers, swapped together.</summary>
    private sealed record Loaded(PolicyIndex Index, PolicyMatchMemory Memory);
}
