using System.Net.Http.Json;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Channels.BotFramework;

/// <summary>Posts activities to a Bot Framework channel's connector, as the Bot Connector REST API defines.</summary>
public sealed class ConnectorClient(HttpClient http)
{
    /// <summary>
    /// <c>POST {serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId}</c>, or without the reply-to id
    /// for a message that starts a thread of its own.
    /// </summary>
    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var serviceUrl = activity.ServiceUrl ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(activity));
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        var path = $"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (activity.ReplyToId is { Length: > 0 } replyToId)
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }

        using var response = await http.PostAsJsonAsync(new Uri(path), activity, BotJsonContext.Default.Activity, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength is 0 || response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return new ResourceResponse(activity.Id ?? string.Empty);
        }

        var resource = await response.Content.ReadFromJsonAsync(BotJsonContext.Default.ResourceResponse, cancellationToken).ConfigureAwait(false);
        return resource ?? new ResourceResponse(activity.Id ?? string.Empty);
    }
}
