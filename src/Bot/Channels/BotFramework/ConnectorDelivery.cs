using ShopBot.Bot.Schema;
using ShopBot.Bot.Turns;

namespace ShopBot.Bot.Channels.BotFramework;

/// <summary>Delivers a turn's replies to the channel's connector and keeps them in the transcript agents read.</summary>
public sealed class ConnectorDelivery(ConnectorClient connector, TranscriptWriter writer) : IActivityDelivery
{
    public async Task<IReadOnlyList<ResourceResponse>> DeliverAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new List<ResourceResponse>(activities.Count);
        foreach (var activity in activities)
        {
            var sent = await connector.SendAsync(activity, cancellationToken).ConfigureAwait(false);
            activity.Id = string.IsNullOrEmpty(sent.Id) ? activity.Id : sent.Id;
            if (activity.Type != ActivityTypes.Typing)
            {
                await writer.AppendAsync(activity, cancellationToken).ConfigureAwait(false);
            }

            responses.Add(new ResourceResponse(activity.Id!));
        }

        return responses;
    }
}
