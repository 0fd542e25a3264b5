using ShopBot.Bot.Trainers.Contracts;

namespace ShopBot.Bot.Trainers.Review;

/// <summary>
/// The trainers' decisions on review inbox lines, by line id. In memory by default, in Redis (one hash shared by every
/// host) when the handoff connected one, like the conversation records.
/// </summary>
public interface IReviewDecisions
{
    Task<IReadOnlyDictionary<string, ReviewDecision>> ReadAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Keeps <paramref name="decision"/> unless the line was decided before; returns the decision that stands.</summary>
    Task<ReviewDecision> DecideAsync(ReviewDecision decision, CancellationToken cancellationToken = default);
}
