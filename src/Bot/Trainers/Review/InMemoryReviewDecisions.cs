using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Records;
using ShopBot.Bot.Trainers.Contracts;

namespace ShopBot.Bot.Trainers.Review;

/// <summary>
/// Decisions in this process, kept as long as the records (<see cref="RecordsOptions.Retention"/>, from the decision's
/// time): older ones are dropped on every read and write. Lost on restart.
/// </summary>
public sealed class InMemoryReviewDecisions(IOptions<RecordsOptions> options, TimeProvider time) : IReviewDecisions
{
    private readonly ConcurrentDictionary<string, ReviewDecision> _decisions = new(StringComparer.Ordinal);

    public Task<IReadOnlyDictionary<string, ReviewDecision>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        Trim();
        return Task.FromResult<IReadOnlyDictionary<string, ReviewDecision>>(new Dictionary<string, ReviewDecision>(_decisions, StringComparer.Ordinal));
    }

    public Task<ReviewDecision> DecideAsync(ReviewDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        Trim();
        return Task.FromResult(_decisions.GetOrAdd(decision.Id, decision));
    }

    private void Trim()
    {
        var keepFrom = time.GetUtcNow() - options.Value.Retention;
        foreach (var (id, decision) in _decisions)
        {
            if (decision.At < keepFrom)
            {
                _decisions.TryRemove(new KeyValuePair<string, ReviewDecision>(id, decision));
            }
        }
    }
}
