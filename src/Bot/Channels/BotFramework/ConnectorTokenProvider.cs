using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ShopBot.Bot.Channels.BotFramework;

/// <summary>
/// The bearer token every reply to a connector carries: an OAuth 2.0 client-credentials grant for the app
/// (<c>client_id</c> = AppId, <c>client_secret</c> = AppPassword, <c>scope</c> = the Bot Framework API) at the
/// configured token endpoint, cached until shortly before it expires.
/// </summary>
public sealed partial class ConnectorTokenProvider(IHttpClientFactory httpClients, IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<ConnectorTokenProvider> logger) : IDisposable
{
    public const string HttpClientName = "BotFramework.Token";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _refreshAt;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (_token is { } cached && time.GetUtcNow() < _refreshAt)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_token is { } fresh && time.GetUtcNow() < _refreshAt)
            {
                return fresh;
            }

            var (token, lifetime) = await RequestAsync(cancellationToken).ConfigureAwait(false);
            var margin = lifetime > RefreshMargin * 2 ? RefreshMargin : lifetime / 2;
            _token = token;
            _refreshAt = time.GetUtcNow() + lifetime - margin;
            return token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<(string Token, TimeSpan Lifetime)> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.AppId,
            ["client_secret"] = settings.AppPassword,
            ["scope"] = settings.TokenScope,
        });
        var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.PostAsync(settings.TokenEndpoint, form, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            LogTokenRefused((int)response.StatusCode, settings.TokenEndpoint);
            throw new ConnectorDeliveryRefusedException($"The token endpoint answered {(int)response.StatusCode}; no reply can be sent without a token.");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
        var root = json.RootElement;
        if (!root.TryGetProperty("access_token", out var accessToken) || accessToken.GetString() is not { Length: > 0 } token)
        {
            throw new ConnectorDeliveryRefusedException("The token endpoint's answer has no access_token.");
        }

        var seconds = !root.TryGetProperty("expires_in", out var expiresIn) ? 0
            : expiresIn.ValueKind == JsonValueKind.Number && expiresIn.TryGetInt32(out var number) ? number
            : expiresIn.ValueKind == JsonValueKind.String && int.TryParse(expiresIn.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var text) ? text
            : 0;
        return (token, TimeSpan.FromSeconds(Math.Max(seconds, 0)));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The token endpoint {Endpoint} refused the bot's credentials with {Status}")]
    private partial void LogTokenRefused(int status, Uri endpoint);
}
