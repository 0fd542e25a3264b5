using System.ComponentModel.DataAnnotations;

namespace ShopBot.Bot.Channels.BotFramework;

/// <summary>
/// The <c>BotFramework</c> section. <c>/api/messages</c> is off unless <see cref="AppId"/> is set; then every activity
/// must carry a channel's JWT (checked against <see cref="OpenIdMetadataUrl"/>), and every reply carries a token got
/// with the app's own credentials from <see cref="TokenEndpoint"/>, as Azure Bot Service channels do.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string Section = "BotFramework";

    /// <summary>The bot's Microsoft App ID: the audience of inbound tokens and the client id of outbound ones.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>The app's client secret, used only to get outbound tokens.</summary>
    public string AppPassword { get; set; } = string.Empty;

    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>Issuers accepted on inbound tokens; the Bot Framework channels sign as <c>https://api.botframework.com</c>.</summary>
    public IList<string> ValidIssuers { get; } = [];

    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    public Uri TokenEndpoint { get; set; } = new("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token");

    public string TokenScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Optional extra allow-list of connector hosts; empty means any host the channel's token vouches for.</summary>
    public IList<string> AllowedServiceHosts { get; } = [];

    /// <summary>Outbound activities allowed per conversation in each <see cref="DeliveryWindow"/>; more are refused.</summary>
    [Range(1, 10_000)]
    public int MaxDeliveriesPerConversation { get; set; } = 60;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DeliveryWindow { get; set; } = TimeSpan.FromMinutes(1);

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ReplyTimeout { get; set; } = TimeSpan.FromSeconds(15);

    public bool Enabled => AppId.Length > 0;

    /// <summary>The configured issuers, or the Bot Framework's when none are.</summary>
    public IReadOnlyList<string> Issuers => ValidIssuers.Count > 0 ? [.. ValidIssuers] : ["https://api.botframework.com"];

    /// <summary>Identity endpoints must be https; plain http only on a loopback address (a local stub).</summary>
    public static bool IsSafeIdentityEndpoint(Uri? endpoint) =>
        endpoint is { IsAbsoluteUri: true } && (endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback));
}
