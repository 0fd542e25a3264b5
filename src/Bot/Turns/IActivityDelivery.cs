using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Turns;

/// <summary>How a channel hands outgoing activities to the buyer: the last step after every send hook.</summary>
public interface IActivityDelivery
{
    Task<IReadOnlyList<ResourceResponse>> DeliverAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken);
}
