using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ShopBot.Bot.Tests.Channels.BotFramework;

/// <summary>
/// The Bot Framework's identity side on real Kestrel (127.0.0.1, random port), in its wire format: the OpenID metadata
/// at <c>/v1/.well-known/openidconfiguration</c>, the keys (RSA, with <c>endorsements</c>) at its <c>jwks_uri</c>, and
/// the client-credentials token endpoint at <c>/botframework.com/oauth2/v2.0/token</c>. Mints channel tokens with a
/// chosen key, audience, issuer, expiry and <c>serviceurl</c> claim.
/// </summary>
internal sealed class StubBotFrameworkIssuer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "7c1f0e3a-5b2d-4c8e-9f6a-shopbot-test";
    public const string AppPassword = "stub-app-password-0123456789";
    public const string Scope = "https://api.botframework.com/.default";
    public static readonly string[] EndorsedChannels = ["emulator", "msteams", "webchat"];

    private readonly WebApplication _app;
    private int _issued;

    private StubBotFrameworkIssuer(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    /// <summary>The published signing key (replaced by <see cref="RotateKey"/>).</summary>
    public RsaSecurityKey SigningKey { get; private set; } = NewKey("stub-key-1");

    /// <summary>A key with the published key's id that the issuer never published: its signatures must not verify.</summary>
    public RsaSecurityKey ForgedKey { get; } = NewKey("stub-key-1");

    /// <summary>The form of every token request the bot made.</summary>
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> TokenRequests { get; } = new();

    /// <summary>The access tokens handed out, in order.</summary>
    public ConcurrentQueue<string> IssuedTokens { get; } = new();

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["BotFramework:AppId"] = AppId,
        ["BotFramework:AppPassword"] = AppPassword,
        ["BotFramework:OpenIdMetadataUrl"] = new Uri(Address, "v1/.well-known/openidconfiguration").AbsoluteUri,
        ["BotFramework:TokenEndpoint"] = new Uri(Address, "botframework.com/oauth2/v2.0/token").AbsoluteUri,
    };

    public static async Task<StubBotFrameworkIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stub = new StubBotFrameworkIssuer(app);
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = new Uri(stub.Address, "v1/.well-known/keys").AbsoluteUri,
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        app.MapGet("/v1/.well-known/keys", () => Results.Json(new { keys = new[] { Jwk(stub.SigningKey) } }));
        app.MapPost("/botframework.com/oauth2/v2.0/token", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString());
            stub.TokenRequests.Enqueue(fields);
            if (fields.GetValueOrDefault("grant_type") != "client_credentials" || fields.GetValueOrDefault("client_id") != AppId
                || fields.GetValueOrDefault("client_secret") != AppPassword || fields.GetValueOrDefault("scope") != Scope)
            {
                return Results.Json(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }, statusCode: 401);
            }

            var token = "stub-access-token-" + Interlocked.Increment(ref stub._issued);
            stub.IssuedTokens.Enqueue(token);
            return Results.Json(new { token_type = "Bearer", expires_in = 3599, ext_expires_in = 3599, access_token = token });
        });
        await app.StartAsync();
        stub.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return stub;
    }

    /// <summary>A channel's token for an activity answered at <paramref name="serviceUrl"/>; every part can be spoiled.</summary>
    public string Mint(
        string? serviceUrl,
        string audience = AppId,
        string issuer = Issuer,
        TimeSpan? expiresIn = null,
        SecurityKey? key = null)
    {
        var now = DateTime.UtcNow;
        var expires = now + (expiresIn ?? TimeSpan.FromHours(1));
        var claims = new Dictionary<string, object> { ["appid"] = "d6d49420-f39b-4df7-a1dc-d59a935871db" };
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expires.AddHours(-1),
            NotBefore = expires.AddHours(-1),
            Expires = expires,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>Publishes a new key with a new id in place of the old one, as the real issuer rotates its keys.</summary>
    public RsaSecurityKey RotateKey()
    {
        SigningKey = NewKey("stub-key-" + Guid.NewGuid().ToString("N"));
        return SigningKey;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    private static Dictionary<string, object> Jwk(RsaSecurityKey key)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = EndorsedChannels,
        };
    }
}
