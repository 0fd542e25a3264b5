using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Turns;

/// <summary>The turn context of one activity, sending through the <see cref="IChannelAdapter"/> that started the turn.</summary>
public sealed class TurnContext(Activity activity, IChannelAdapter adapter, bool isContinuation = false) : ITurnContext
{
    private readonly List<SendActivitiesHandler> _sendHandlers = [];

    public Activity Activity { get; } = activity ?? throw new ArgumentNullException(nameof(activity));

    public TurnState TurnState { get; } = new();

    public bool IsContinuation { get; } = isContinuation;

    public bool Responded { get; private set; }

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var responses = await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses.Count > 0 ? responses[0] : new ResourceResponse(string.Empty);
    }

    public Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SendActivityAsync(Activity.CreateMessage(text), cancellationToken);
    }

    public Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var batch = new List<Activity>(activities.Count);
        foreach (var activity in activities)
        {
            batch.Add(AddressAsReply(activity));
        }

        return RunHandlersAsync(batch, 0, cancellationToken);
    }

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _sendHandlers.Add(handler);
        return this;
    }

    private Task<IReadOnlyList<ResourceResponse>> RunHandlersAsync(List<Activity> batch, int index, CancellationToken cancellationToken)
    {
        if (index < _sendHandlers.Count)
        {
            return _sendHandlers[index](this, batch, () => RunHandlersAsync(batch, index + 1, cancellationToken));
        }

        if (batch.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<ResourceResponse>>([]);
        }

        Responded = true;
        return adapter.SendActivitiesAsync(this, batch, cancellationToken);
    }

    /// <summary>A copy addressed back to whoever sent the turn's activity (the buyer), so callers may reuse their activity objects.</summary>
    private Activity AddressAsReply(Activity outgoing)
    {
        ArgumentNullException.ThrowIfNull(outgoing);
        var reply = outgoing.Clone();
        reply.Type ??= ActivityTypes.Message;
        reply.ChannelId = Activity.ChannelId;
        reply.ServiceUrl ??= Activity.ServiceUrl;
        reply.Conversation ??= Activity.Conversation;
        reply.From ??= Activity.Recipient;
        reply.Recipient ??= Activity.From;
        reply.ReplyToId ??= Activity.Id;
        reply.Locale ??= Activity.Locale;
        reply.TextFormat ??= TextFormatTypes.Plain;
        return reply;
    }
}
