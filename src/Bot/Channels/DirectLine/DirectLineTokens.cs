using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens. A token is its payload signed with a key derived from the secret, so every
/// host with the same secret accepts it and no token store is needed.
/// </summary>
public sealed class DirectLineTokens
{
    private readonly byte[] _secret;
    private readonly byte[] _signingKey;
    private readonly byte[] _secretHash;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _secret = _options.Secret.Length > 0 ? Encoding.UTF8.GetBytes(_options.Secret) : RandomNumberGenerator.GetBytes(32);
        _signingKey = HMACSHA256.HashData(_secret, "directline-token-v1"u8);
        _secretHash = SHA256.HashData(_secret);
        IsSecretGenerated = _options.Secret.Length == 0;
    }

    public bool IsSecretGenerated { get; }

    public int LifetimeSeconds => (int)_options.TokenLifetime.TotalSeconds;

    public bool IsSecret(string credential) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(credential)), _secretHash);

    /// <summary>The first token of a chain.</summary>
    public string Issue(string userId, string? userName, string conversationId)
    {
        var now = _time.GetUtcNow();
        return Issue(new TokenPayload(userId, userName, conversationId, now.Add(_options.TokenLifetime).ToUnixTimeSeconds(), now.ToUnixTimeSeconds()));
    }

    /// <summary>
    /// The next token of <paramref name="payload"/>'s chain, expiring no later than the chain does; null once the chain
    /// is <see cref="DirectLineOptions.MaxTokenChainLifetime"/> old, so a stolen token cannot be kept alive forever.
    /// </summary>
    public string? Refresh(TokenPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var started = payload.ChainStartedAt > 0 ? payload.ChainStartedAt : payload.ExpiresAt - (long)_options.TokenLifetime.TotalSeconds;
        var chainEnds = started + (long)_options.MaxTokenChainLifetime.TotalSeconds;
        return chainEnds <= now
            ? null
            : Issue(payload with { ExpiresAt = Math.Min(now + (long)_options.TokenLifetime.TotalSeconds, chainEnds), ChainStartedAt = started });
    }

    public string Issue(TokenPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var body = Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload, BotJsonContext.Default.TokenPayload));
        return body + "." + Base64Url(HMACSHA256.HashData(_signingKey, Encoding.ASCII.GetBytes(body)));
    }

    /// <summary>A signature of <paramref name="value"/> for capability URLs (e.g. an uploaded image's address).</summary>
    public string Sign(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Base64Url(HMACSHA256.HashData(_signingKey, Encoding.UTF8.GetBytes("url:" + value)));
    }

    public bool IsSignatureOf(string value, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(value)), Encoding.ASCII.GetBytes(signature));

    /// <summary>Checks the signature and the expiry of a token.</summary>
    public TokenCheck Check(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !TryDecode(token[(dot + 1)..], out var signature))
        {
            return TokenCheck.Invalid;
        }

        var expected = HMACSHA256.HashData(_signingKey, Encoding.ASCII.GetBytes(token[..dot]));
        if (!CryptographicOperations.FixedTimeEquals(expected, signature) || !TryDecode(token[..dot], out var body))
        {
            return TokenCheck.Invalid;
        }

        var payload = JsonSerializer.Deserialize(body, BotJsonContext.Default.TokenPayload);
        if (payload is null)
        {
            return TokenCheck.Invalid;
        }

        return payload.ExpiresAt <= _time.GetUtcNow().ToUnixTimeSeconds() ? TokenCheck.Expired : TokenCheck.Valid(payload);
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryDecode(string text, out byte[] bytes)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        bytes = new byte[padded.Length];
        if (Convert.TryFromBase64String(padded, bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }

        return false;
    }
}
