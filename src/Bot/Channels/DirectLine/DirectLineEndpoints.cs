using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>The Direct Line 3.0 subset under <c>/v3/directline</c> that Web Chat and <c>botframework-directlinejs</c> use.</summary>
public static partial class DirectLineEndpoints
{
    public const string Prefix = "/v3/directline";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Marked so the host runs them without its authentication and file middleware (DirectLineShortcut).
        var group = endpoints.MapGroup(Prefix).WithMetadata(DirectLineEndpointMetadata.Instance);
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", Refresh);
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", GetAsync);
        group.MapGet("/conversations/{conversationId}/stream", (HttpContext http, string conversationId, DirectLineStream stream, CancellationToken cancellationToken) =>
            stream.RunAsync(http, conversationId, cancellationToken));
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/upload", DirectLineUploads.UploadAsync).DisableAntiforgery();
        group.MapGet("/conversations/{conversationId}/attachments/{attachmentId}", DirectLineUploads.DownloadAsync);
        return endpoints;
    }

    private static async Task<IResult> GenerateAsync(HttpContext http, DirectLineTokens tokens, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var credential = DirectLineCredential.Read(http.Request, tokens);
        if (credential.Kind != DirectLineCredentialKind.Secret)
        {
            return credential.Kind == DirectLineCredentialKind.Missing
                ? ChannelErrors.MissingCredential()
                : ChannelErrors.Forbidden("Generating a token needs the Direct Line secret.");
        }

        return await StartForSecretAsync(http, conversations, StatusCodes.Status200OK, null, cancellationToken).ConfigureAwait(false);
    }

    private static IResult Refresh(HttpContext http, DirectLineTokens tokens, DirectLineConversations conversations, IOptions<DirectLineOptions> options)
    {
        var credential = DirectLineCredential.Read(http.Request, tokens);
        if (credential.Token is not { } payload)
        {
            return credential.Kind == DirectLineCredentialKind.Secret ? ChannelErrors.Forbidden("Only a token can be refreshed.") : Reject(credential);
        }

        if (tokens.Refresh(payload) is not { } token)
        {
            return ChannelErrors.Create(StatusCodes.Status403Forbidden, "TokenExpired",
                "This chat has been open for the longest time allowed; reload the page to start a new one.");
        }

        return Results.Json(WithStream(http, options.Value, conversations.ConversationFor(payload, token), 0), BotJsonContext.Default.Conversation);
    }

    private static async Task<IResult> StartAsync(
        HttpContext http, DirectLineTokens tokens, DirectLineConversations conversations, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var credential = DirectLineCredential.Read(http.Request, tokens);
        if (credential.Kind == DirectLineCredentialKind.Secret)
        {
            return await StartForSecretAsync(http, conversations, StatusCodes.Status201Created, options.Value, cancellationToken).ConfigureAwait(false);
        }

        if (credential.Token is not { } payload)
        {
            return Reject(credential);
        }

        // The token's conversation was started when the token was generated; a client starting it just joins it.
        if (!await conversations.ExistsAsync(payload.ConversationId, cancellationToken).ConfigureAwait(false))
        {
            return ChannelErrors.NotFound("The conversation of this token no longer exists; get a new token.");
        }

        return Results.Json(WithStream(http, options.Value, conversations.ConversationFor(payload, TokenOf(http)), 0), BotJsonContext.Default.Conversation);
    }

    /// <summary>
    /// Reconnecting: a new stream URL from the client's watermark. Without one (directlinejs sends an empty one until it
    /// received a set) the stream starts at the beginning, so a client never misses what it has not seen.
    /// </summary>
    private static async Task<IResult> GetAsync(
        HttpContext http, string conversationId, string? watermark, DirectLineTokens tokens, DirectLineConversations conversations, IOptions<DirectLineOptions> options,
        CancellationToken cancellationToken)
    {
        var (payload, error) = await AuthorizeAsync(http, conversationId, tokens, conversations, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        long from = 0;
        if (!string.IsNullOrEmpty(watermark) && !long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out from))
        {
            return ChannelErrors.BadArgument("The watermark must be a value this service returned (a non-negative whole number).");
        }

        return Results.Json(WithStream(http, options.Value, conversations.ConversationFor(payload!, TokenOf(http)), from), BotJsonContext.Default.Conversation);
    }

    private static Conversation WithStream(HttpContext http, DirectLineOptions options, Conversation conversation, long watermark) =>
        conversation with { StreamUrl = DirectLineStreamUrl.For(http.Request, options, conversation.ConversationId, conversation.Token, watermark) };

    private static async Task<IResult> PostActivityAsync(
        HttpContext http, string conversationId, DirectLineTokens tokens, DirectLineConversations conversations, DirectLinePostLimiter limiter,
        IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        if (limiter.Acquire(http) is { } tooMany)
        {
            return tooMany;
        }

        var (payload, error) = await AuthorizeAsync(http, conversationId, tokens, conversations, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var (activity, bodyError) = await JsonBodyReader.ReadAsync(http.Request, BotJsonContext.Default.Activity, options.Value.MaxActivityBytes, cancellationToken).ConfigureAwait(false);
        if (bodyError is not null)
        {
            return bodyError;
        }

        if (activity!.Attachments is { Count: > 0 })
        {
            return ChannelErrors.BadArgument("Attachments are sent with POST /conversations/{id}/upload, not inside an activity.");
        }

        var invalid = ActivityRules.Check(activity, options.Value);
        if (invalid is not null)
        {
            return invalid;
        }

        var response = await conversations.PostAsync(payload!, activity, null, cancellationToken).ConfigureAwait(false);
        return Utf8JsonResult.Of(response, BotJsonContext.Default.ResourceResponse);
    }

    private static async Task<IResult> GetActivitiesAsync(HttpContext http, string conversationId, string? watermark, DirectLineTokens tokens, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (_, error) = await AuthorizeAsync(http, conversationId, tokens, conversations, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        long from = 0;
        if (!string.IsNullOrEmpty(watermark) && (!long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out from)))
        {
            return ChannelErrors.BadArgument("The watermark must be a value this service returned (a non-negative whole number).");
        }

        var set = await conversations.ReadJsonAsync(conversationId, from, cancellationToken).ConfigureAwait(false);
        return new Utf8JsonResult(set.Utf8);
    }

    /// <summary>
    /// The caller's token must be valid and pinned to this conversation: 401 without a credential, 403 for a bad or
    /// expired token, the secret, or another conversation's token, 404 when the conversation does not exist.
    /// </summary>
    internal static Task<(TokenPayload? Payload, IResult? Error)> AuthorizeAsync(
        HttpContext http, string conversationId, DirectLineTokens tokens, DirectLineConversations conversations, CancellationToken cancellationToken) =>
        AuthorizeAsync(DirectLineCredential.Read(http.Request, tokens), conversationId, conversations, cancellationToken);

    internal static async Task<(TokenPayload? Payload, IResult? Error)> AuthorizeAsync(
        DirectLineCredential credential, string conversationId, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        if (credential.Kind == DirectLineCredentialKind.Secret)
        {
            return (null, ChannelErrors.Forbidden("The secret only starts conversations; use the conversation's token for this call."));
        }

        if (credential.Token is not { } payload)
        {
            return (null, Reject(credential));
        }

        if (!await conversations.ExistsAsync(conversationId, cancellationToken).ConfigureAwait(false))
        {
            return (null, ChannelErrors.NotFound("There is no such conversation."));
        }

        return string.Equals(payload.ConversationId, conversationId, StringComparison.Ordinal)
            ? (payload, null)
            : (null, ChannelErrors.Forbidden("This token is not for this conversation."));
    }

    private static IResult Reject(DirectLineCredential credential) => credential.Kind switch
    {
        DirectLineCredentialKind.Missing => ChannelErrors.MissingCredential(),
        DirectLineCredentialKind.Expired => ChannelErrors.TokenExpired(),
        _ => ChannelErrors.Forbidden("The token or secret is not valid."),
    };

    private static string TokenOf(HttpContext http) => http.Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();

    private static async Task<IResult> StartForSecretAsync(
        HttpContext http, DirectLineConversations conversations, int status, DirectLineOptions? streamOptions, CancellationToken cancellationToken)
    {
        TokenParameters? parameters = null;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            (parameters, var error) = await JsonBodyReader.ReadAsync(http.Request, BotJsonContext.Default.TokenParameters, 16 * 1024, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                return error;
            }
        }

        var userId = parameters?.User?.Id;
        if (userId is not null && !UserIdPattern().IsMatch(userId))
        {
            return ChannelErrors.BadArgument("user.id (the buyer's member name) must be 1 to 64 letters (Chinese included), digits or '_', '-', ':', '.', '@'.");
        }

        var conversation = await conversations.StartAsync(userId ?? "dl_" + TranscriptWriter.NewActivityId(), parameters?.User?.Name, cancellationToken).ConfigureAwait(false);
        return Results.Json(streamOptions is null ? conversation : WithStream(http, streamOptions, conversation, 0), BotJsonContext.Default.Conversation, statusCode: status);
    }

    [GeneratedRegex(@"^[\p{L}\p{N}_:.@-]{1,64}$")]
    private static partial Regex UserIdPattern();
}
