using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Turns;

/// <summary>A hook on outgoing activities. It may edit <paramref name="activities"/> in place; not calling <paramref name="next"/> drops the batch.</summary>
public delegate Task<IReadOnlyList<ResourceResponse>> SendActivitiesHandler(
    ITurnContext turnContext,
    List<Activity> activities,
    Func<Task<IReadOnlyList<ResourceResponse>>> next);
