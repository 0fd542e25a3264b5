using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Screening;

namespace ShopBot.Knowledge.Policies;

/// <summary>
/// The policy files of <c>knowledge-base/policies/</c>, loaded at first use and searchable. <see cref="Reload"/>
/// swaps in edited files; a broken file is refused and the entries in use stay.
/// </summary>
public sealed class PolicyKnowledgeBase(
    KnowledgeBasePaths paths,
    CharacterGrams grams,
    IReplyScreen screen,
    IOptions<PolicyOptions> options,
    ILogger<PolicyKnowledgeBase> logger) : IPolicySearch
{
    private readonly Lock _gate = new();
    private PolicyIndex? _index;

    public PolicyIndex Index
    {
        get
        {
            var index = Volatile.Read(ref _index);
            if (index is not null)
            {
                return index;
            }

            lock (_gate)
            {
                return _index ??= Build();
            }
        }
    }

    public PolicyEntry? Get(string id) => Index.Entries.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));

    public PolicyMatch? FindBest(string question, IReadOnlyCollection<string>? skip = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var best = Index.Rank(question, 1, skip).FirstOrDefault();
        if (best is null || best.Score < options.Value.MinimumScore)
        {
            logger.LogDebug("No policy reaches {MinimumScore}; best {Policy} at {Score}", options.Value.MinimumScore, best?.Entry.Id, best?.Score);
            return null;
        }

        logger.LogDebug("Policy {Policy} at {Score}", best.Entry.Id, best.Score);
        return best;
    }

    public IReadOnlyList<PolicyMatch> Rank(string question, int count) => Index.Rank(question, count);

    /// <summary>Reads the files again; throws <see cref="InvalidDataException"/> and keeps the entries in use when a file is broken.</summary>
    public PolicyIndex Reload()
    {
        var index = Build();
        lock (_gate)
        {
            _index = index;
        }

        return index;
    }

    private PolicyIndex Build()
    {
        var entries = PolicyFile.LoadFolder(paths.Policies, screen);
        logger.LogInformation("Loaded {Policies} policy entries from {Folder}", entries.Count, paths.Policies);
        return new PolicyIndex(entries, grams);
    }
}
