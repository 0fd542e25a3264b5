using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Turns;

/// <summary>One turn: the incoming activity, state shared by the pipeline steps, and the way to answer.</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    TurnState TurnState { get; }

    /// <summary>
    /// True for a turn the channel adapter started to send into the conversation outside a buyer's turn (a notice, an
    /// agent's reply, a follow-up): there is no buyer message to answer, and a failure belongs to the caller.
    /// </summary>
    bool IsContinuation { get; }

    /// <summary>True once anything was sent in this turn.</summary>
    bool Responded { get; }

    /// <summary>Sends one activity; conversation, sender, recipient and reply-to default to those of the incoming activity.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Sends a plain text message.</summary>
    Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);

    /// <summary>Adds a hook that sees (and may change) every outgoing batch before the channel gets it.</summary>
    ITurnContext OnSendActivities(SendActivitiesHandler handler);
}
