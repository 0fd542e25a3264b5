namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>What the caller's <c>Authorization: Bearer</c> header turned out to hold.</summary>
public sealed record DirectLineCredential(DirectLineCredentialKind Kind, TokenPayload? Token)
{
    /// <summary>Key of the request's credential in <see cref="HttpContext.Items"/>: read once, by the rate limiter or the endpoint, whichever asks first.</summary>
    private static readonly object ItemKey = new();

    private static readonly DirectLineCredential Missing = new(DirectLineCredentialKind.Missing, null);

    public static DirectLineCredential Read(HttpRequest request, DirectLineTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tokens);
        var items = request.HttpContext.Items;
        if (items.TryGetValue(ItemKey, out var read) && read is DirectLineCredential known)
        {
            return known;
        }

        var credential = ReadHeader(request, tokens);
        items[ItemKey] = credential;
        return credential;
    }

    /// <summary>
    /// What a credential given another way holds (the <c>t</c> parameter of a stream URL). A token is tried first: one
    /// whose signature checks out cannot be the secret, so the secret's hash is computed only for what is not a token.
    /// </summary>
    public static DirectLineCredential Of(string? credential, DirectLineTokens tokens) => Of(credential.AsSpan(), tokens);

    /// <inheritdoc cref="Of(string?, DirectLineTokens)"/>
    public static DirectLineCredential Of(ReadOnlySpan<char> credential, DirectLineTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (credential.IsEmpty)
        {
            return Missing;
        }

        var check = tokens.Check(credential);
        return check.Status switch
        {
            TokenCheckStatus.Valid => new(DirectLineCredentialKind.Token, check.Payload),
            TokenCheckStatus.Expired => new(DirectLineCredentialKind.Expired, null),
            _ => tokens.IsSecret(credential) ? new(DirectLineCredentialKind.Secret, null) : new(DirectLineCredentialKind.Invalid, null),
        };
    }

    private static DirectLineCredential ReadHeader(HttpRequest request, DirectLineTokens tokens)
    {
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header.Length == Scheme.Length)
        {
            return Missing;
        }

        return Of(header.AsSpan(Scheme.Length).Trim(), tokens);
    }
}
