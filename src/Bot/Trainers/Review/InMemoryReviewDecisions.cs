using System.Collections.Concurrent;
using ShopBot.Bot.Trainers.Contracts;

namespace ShopBot.Bot.Trainers.Review;

/// <summary>Decisions in this process; lost on restart.</summary>
public sealed class InMemoryReviewDecisions : IReviewDecisions
{
    private readonly ConcurrentDictionary<string, ReviewDecision> _decisions = new(StringComparer.Ordinal);

    public Task<IReadOnlyDictionary<string, ReviewDecision>> ReadAllAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, ReviewDecision>>(new Dictionary<string, ReviewDecision>(_decisions, StringComparer.Ordinal));

    public Task<ReviewDecision> DecideAsync(ReviewDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return Task.FromResult(_decisions.GetOrAdd(decision.Id, decision));
    }
}
