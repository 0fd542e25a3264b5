using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ShopBot.Bot.Channels.BotFramework;

/// <summary>
/// Checks the <c>Authorization: Bearer</c> JWT a Bot Framework channel sends with each activity, as the Bot Connector
/// authentication rules define: signed (RS256) by a key of the issuer's OpenID metadata (keys re-read on a schedule
/// and when an unknown key appears), issued by an accepted issuer, for this bot's AppId, not expired.
/// </summary>
public sealed class ChannelAuthenticator
{
    public const string HttpClientName = "BotFramework.OpenId";
    public const string ServiceUrlClaim = "serviceurl";

    private readonly BotFrameworkOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _metadata;
    private readonly JsonWebTokenHandler _handler = new();

    public ChannelAuthenticator(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClients)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClients);
        _options = options.Value;
        if (_options.Enabled)
        {
            var retriever = new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName))
            {
                RequireHttps = _options.OpenIdMetadataUrl.Scheme == Uri.UriSchemeHttps,
            };
            _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(_options.OpenIdMetadataUrl.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever)
            {
                AutomaticRefreshInterval = TimeSpan.FromHours(12),
                RefreshInterval = TimeSpan.FromMinutes(1),

                // A key the issuer stopped publishing is not trusted for another hour as a "last known good" one.
                UseLastKnownGoodConfiguration = false,
            };
        }
    }

    public async Task<ChannelAuthentication> AuthenticateAsync(string? authorization, CancellationToken cancellationToken = default)
    {
        if (_metadata is null)
        {
            return ChannelAuthentication.Fail("Bot Framework channels are off (no BotFramework:AppId).");
        }

        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization.Length <= "Bearer ".Length)
        {
            return ChannelAuthentication.Fail("no bearer token");
        }

        var parameters = new TokenValidationParameters
        {
            ConfigurationManager = _metadata,
            ValidIssuers = _options.Issuers,
            ValidAudience = _options.AppId,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = _options.ClockSkew,
        };
        var result = await _handler.ValidateTokenAsync(authorization["Bearer ".Length..].Trim(), parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return ChannelAuthentication.Fail(result.Exception?.GetType().Name ?? "invalid token");
        }

        var serviceUrl = result.Claims.TryGetValue(ServiceUrlClaim, out var claim) ? claim as string : null;
        if (string.IsNullOrEmpty(serviceUrl))
        {
            return ChannelAuthentication.Fail("no serviceurl claim");
        }

        var configuration = await _metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        return new ChannelAuthentication(serviceUrl, Endorsements(configuration, result.SecurityToken?.SigningKey?.KeyId ?? (result.SecurityToken as JsonWebToken)?.Kid), null);
    }

    /// <summary>The channels the signing key is endorsed for, or null when the key lists none.</summary>
    private static List<string>? Endorsements(OpenIdConnectConfiguration configuration, string? keyId)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == keyId);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value) || value is null)
        {
            return null;
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Select(e => e.ToString())],
            IEnumerable<object> items => [.. items.Select(i => i?.ToString() ?? string.Empty)],
            _ => [],
        };
    }
}
