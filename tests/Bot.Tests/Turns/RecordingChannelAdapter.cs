using ShopBot.Bot.Schema;
using ShopBot.Bot.Turns;

namespace ShopBot.Bot.Tests.Turns;

/// <summary>A channel adapter that keeps what the turn pipeline delivers, in order.</summary>
internal sealed class RecordingChannelAdapter : IChannelAdapter
{
    public List<Activity> Delivered { get; } = [];

    public Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        Delivered.AddRange(activities);
        return Task.FromResult<IReadOnlyList<ResourceResponse>>([.. activities.Select((_, i) => new ResourceResponse("out-" + i))]);
    }
}
