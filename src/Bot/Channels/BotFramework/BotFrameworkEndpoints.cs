using Microsoft.Extensions.Options;
using ShopBot.Bot.Schema;
using ShopBot.Bot.Turns;

namespace ShopBot.Bot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: an activity from an authenticated Bot Framework channel, answered at its
/// <c>serviceUrl</c>. Off (404) unless <c>BotFramework:AppId</c> is set. Nothing is stored and no turn runs until the
/// channel's token, the addresses it vouches for and the sender's role have all been checked.
/// </summary>
public static partial class BotFrameworkEndpoints
{
    private const int MaxActivityBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/api/messages", ReceiveAsync);
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext http,
        ChannelAuthenticator authenticator,
        HostAddresses host,
        ChannelAdapter adapter,
        TranscriptWriter writer,
        IOptions<BotFrameworkOptions> options,
        ILogger<ChannelAuthenticator> logger,
        CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return ChannelErrors.NotFound("Bot Framework channels are off: set BotFramework:AppId and BotFramework:AppPassword to accept /api/messages.");
        }

        var authentication = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization, cancellationToken).ConfigureAwait(false);
        if (!authentication.Succeeded)
        {
            LogRejected(logger, authentication.Failure);
            return Unauthorized(http);
        }

        var (activity, error) = await JsonBodyReader.ReadAsync(http.Request, BotJsonContext.Default.Activity, MaxActivityBytes, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (!authentication.Vouches(activity!.ServiceUrl, activity.ChannelId))
        {
            LogRejected(logger, "serviceurl claim or endorsements do not match the activity");
            return Unauthorized(http);
        }

        var rejection = await CheckActivityAsync(activity, host, writer, cancellationToken).ConfigureAwait(false);
        if (rejection is not null)
        {
            return rejection;
        }

        activity.From = activity.From! with { Role = RoleTypes.User };
        using var timeout = new CancellationTokenSource(options.Value.ReplyTimeout);
        await adapter.ProcessActivityAsync(activity, timeout.Token).ConfigureAwait(false);
        return Results.Ok();
    }

    /// <summary>The activity's own shape: complete, answerable at a plain address that is not this host, from a buyer.</summary>
    private static async Task<IResult?> CheckActivityAsync(Activity activity, HostAddresses host, TranscriptWriter writer, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.Type) || string.IsNullOrEmpty(activity.Conversation?.Id) || string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.From?.Id))
        {
            return ChannelErrors.BadArgument("An activity needs 'type', 'channelId', 'conversation.id' and 'from.id'.");
        }

        if (!ConnectorAddress.TryParse(activity.ServiceUrl, out var serviceUrl, out var error))
        {
            return ChannelErrors.BadArgument(error);
        }

        if (ConnectorAddress.TargetsMessagesEndpoint(serviceUrl) || await host.IsThisHostAsync(serviceUrl, cancellationToken).ConfigureAwait(false))
        {
            return ChannelErrors.Forbidden("'serviceUrl' points at this bot itself; replies are never sent there.");
        }

        if (activity.From.Role is { } role && role != RoleTypes.User)
        {
            return ChannelErrors.Forbidden("A channel speaks for the buyer: 'from.role' may only be 'user'.");
        }

        if (activity.From.Id.StartsWith(ReplyScreeningMiddleware.AgentAccountPrefix, StringComparison.Ordinal) || activity.From.Id == activity.Recipient?.Id)
        {
            return ChannelErrors.Forbidden("'from.id' names an agent or the bot; a channel speaks for the buyer only.");
        }

        var first = await writer.ReadFirstAsync(activity.Conversation.Id, cancellationToken).ConfigureAwait(false);
        if (first is not null && (first.ChannelId != activity.ChannelId || string.IsNullOrEmpty(first.ServiceUrl)))
        {
            return ChannelErrors.Forbidden("The conversation belongs to another channel.");
        }

        return null;
    }

    private static IResult Unauthorized(HttpContext http)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return ChannelErrors.Create(StatusCodes.Status401Unauthorized, "Unauthorized", "A Bot Framework channel token is required: 'Authorization: Bearer ...' for this bot's AppId, vouching for the activity's serviceUrl.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected an activity on /api/messages: {Reason}")]
    private static partial void LogRejected(ILogger logger, string? reason);
}
