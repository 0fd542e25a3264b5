using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Channels.BotFramework;

/// <summary>
/// Posts activities to a Bot Framework channel's connector, as the Bot Connector REST API defines, with the app's
/// bearer token. Refuses (<see cref="ConnectorDeliveryRefusedException"/>) a malformed service URL, this host itself
/// and a conversation past its delivery budget; redirects are not followed.
/// </summary>
public sealed partial class ConnectorClient(
    HttpClient http,
    ConnectorTokenProvider tokens,
    HostAddresses host,
    ConversationDeliveryBudget budget,
    IOptions<BotFrameworkOptions> options,
    ILogger<ConnectorClient> logger)
{
    /// <summary>
    /// <c>POST {serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId}</c>, or without the reply-to id
    /// for a message that starts a thread of its own.
    /// </summary>
    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        if (!ConnectorAddress.TryParse(activity.ServiceUrl, out var serviceUrl, out var error))
        {
            throw new ConnectorDeliveryRefusedException(error);
        }

        var target = ConnectorAddress.Activities(serviceUrl, conversationId, activity.ReplyToId);
        await EnsureAllowedAsync(target, conversationId, cancellationToken).ConfigureAwait(false);

        using var request = new HttpRequestMessage(HttpMethod.Post, target)
        {
            Content = JsonContent.Create(activity, BotJsonContext.Default.Activity),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false));
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength is 0 || response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return new ResourceResponse(activity.Id ?? string.Empty);
        }

        var resource = await response.Content.ReadFromJsonAsync(BotJsonContext.Default.ResourceResponse, cancellationToken).ConfigureAwait(false);
        return resource ?? new ResourceResponse(activity.Id ?? string.Empty);
    }

    private async Task EnsureAllowedAsync(Uri target, string conversationId, CancellationToken cancellationToken)
    {
        var allowed = options.Value.AllowedServiceHosts;
        if (allowed.Count > 0 && !allowed.Contains(target.Host, StringComparer.OrdinalIgnoreCase))
        {
            LogRefused(target.Host, "host not in BotFramework:AllowedServiceHosts");
            throw new ConnectorDeliveryRefusedException($"The service host '{target.Host}' is not in BotFramework:AllowedServiceHosts.");
        }

        if (ConnectorAddress.TargetsMessagesEndpoint(target) || await host.IsThisHostAsync(target, cancellationToken).ConfigureAwait(false))
        {
            LogRefused(target.Host, "this host itself");
            throw new ConnectorDeliveryRefusedException("A reply must not be sent to this host itself.");
        }

        if (!budget.TrySpend(conversationId))
        {
            LogRefused(target.Host, "conversation over its delivery budget");
            throw new ConnectorDeliveryRefusedException("The conversation has used its outbound deliveries for now (BotFramework:MaxDeliveriesPerConversation).");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a connector delivery to {ServiceHost}: {Reason}")]
    private partial void LogRefused(string serviceHost, string reason);
}
