using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Turns;

/// <summary>
/// Where a turn context's sends end, after every send hook of the pipeline, as botbuilder's
/// <c>BotAdapter.SendActivitiesAsync</c>: the channel adapter that also started the turn.
/// </summary>
public interface IChannelAdapter
{
    Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);
}
