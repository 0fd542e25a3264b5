using System.Collections.Concurrent;
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
    /// <summary>Tokens up to this length are checked in stack buffers (ours are about 200 characters).</summary>
    private const int StackBufferLength = 512;

    /// <summary>Verified tokens remembered at most (about 4 MB); past it the memory starts again empty.</summary>
    public const int MaxVerifiedTokens = 10_000;

    private readonly byte[] _secret;
    private readonly byte[] _signingKey;
    private readonly byte[] _secretHash;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;

    /// <summary>
    /// Tokens whose signature this host has checked, with their payload: a conversation's every poll and post carries
    /// the same token, so a repeat skips the MAC and the JSON. The expiry is still checked on every use, and only a
    /// token that verified is ever remembered (the key never changes in a process), so nothing is accepted that a full
    /// check would refuse.
    /// </summary>
    private readonly ConcurrentDictionary<string, TokenCheck> _verified = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TokenCheck>.AlternateLookup<ReadOnlySpan<char>> _verifiedBySpan;
    private int _verifiedCount;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _secret = _options.Secret.Length > 0 ? Encoding.UTF8.GetBytes(_options.Secret) : RandomNumberGenerator.GetBytes(32);
        _signingKey = HMACSHA256.HashData(_secret, "directline-token-v1"u8);
        _secretHash = SHA256.HashData(_secret);
        IsSecretGenerated = _options.Secret.Length == 0;
        _verifiedBySpan = _verified.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool IsSecretGenerated { get; }

    /// <summary>How many verified tokens this host remembers now.</summary>
    internal int VerifiedTokens => _verified.Count;

    public int LifetimeSeconds => (int)_options.TokenLifetime.TotalSeconds;

    public bool IsSecret(string credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return IsSecret(credential.AsSpan());
    }

    public bool IsSecret(ReadOnlySpan<char> credential)
    {
        var length = Encoding.UTF8.GetMaxByteCount(credential.Length);
        Span<byte> bytes = length <= StackBufferLength ? stackalloc byte[StackBufferLength] : new byte[length];
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..Encoding.UTF8.GetBytes(credential, bytes)], hash);
        return CryptographicOperations.FixedTimeEquals(hash, _secretHash);
    }

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
    /// <remarks>
    /// Runs on every Direct Line request: the token is decoded in place (stack buffers for tokens of ordinary length)
    /// instead of through intermediate strings and arrays.
    /// </remarks>
    public TokenCheck Check(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Check(token.AsSpan());
    }

    /// <inheritdoc cref="Check(string)"/>
    public TokenCheck Check(ReadOnlySpan<char> token)
    {
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        if (_verifiedBySpan.TryGetValue(token, out var known))
        {
            return known.Payload!.ExpiresAt <= now ? TokenCheck.Expired : known;
        }

        var check = Verify(token, now);
        if (check.Status == TokenCheckStatus.Valid)
        {
            Remember(token, check);
        }

        return check;
    }

    private void Remember(ReadOnlySpan<char> token, TokenCheck check)
    {
        if (Interlocked.Increment(ref _verifiedCount) > MaxVerifiedTokens)
        {
            _verified.Clear();
            Interlocked.Exchange(ref _verifiedCount, 1);
        }

        _verifiedBySpan.TryAdd(token, check);
    }

    private TokenCheck Verify(ReadOnlySpan<char> token, long now)
    {
        var dot = token.IndexOf('.');
        if (dot <= 0)
        {
            return TokenCheck.Invalid;
        }

        // Room for the padded text of either part, the body's bytes and the decoded body: none is longer than the token plus padding.
        var room = token.Length + 4;
        Span<char> text = room <= StackBufferLength ? stackalloc char[StackBufferLength] : new char[room];
        Span<byte> bytes = room <= StackBufferLength ? stackalloc byte[StackBufferLength] : new byte[room];
        // A signature that does not decode to exactly one MAC's bytes (it does not fit) is as invalid as a wrong one.
        Span<byte> signature = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (!TryDecode(token[(dot + 1)..], text, signature, out var signatureLength))
        {
            return TokenCheck.Invalid;
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var signatureMatches = CryptographicOperations.FixedTimeEquals(expected[..Mac(token[..dot], bytes, expected)], signature[..signatureLength]);
        if (!signatureMatches || !TryDecode(token[..dot], text, bytes, out var bodyLength))
        {
            return TokenCheck.Invalid;
        }

        var payload = JsonSerializer.Deserialize(bytes[..bodyLength], BotJsonContext.Default.TokenPayload);
        if (payload is null)
        {
            return TokenCheck.Invalid;
        }

        return payload.ExpiresAt <= now ? TokenCheck.Expired : TokenCheck.Valid(payload);
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>HMAC of the body's ASCII bytes (<paramref name="scratch"/> holds them) into <paramref name="mac"/>; returns its length.</summary>
    private int Mac(ReadOnlySpan<char> body, Span<byte> scratch, Span<byte> mac)
    {
        var length = Encoding.ASCII.GetBytes(body, scratch);
        return HMACSHA256.HashData(_signingKey, scratch[..length], mac);
    }

    /// <summary>Base64url without padding, as <see cref="Base64Url(ReadOnlySpan{byte})"/> writes it, into <paramref name="bytes"/>.</summary>
    private static bool TryDecode(ReadOnlySpan<char> encoded, Span<char> text, Span<byte> bytes, out int written)
    {
        var padded = text[..(encoded.Length + ((4 - (encoded.Length % 4)) % 4))];
        encoded.CopyTo(padded);
        padded[..encoded.Length].Replace('-', '+');
        padded[..encoded.Length].Replace('_', '/');
        padded[encoded.Length..].Fill('=');
        return Convert.TryFromBase64Chars(padded, bytes, out written);
    }
}
