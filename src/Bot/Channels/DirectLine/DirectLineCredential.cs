namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>What the caller's <c>Authorization: Bearer</c> header turned out to hold.</summary>
public sealed record DirectLineCredential(DirectLineCredentialKind Kind, TokenPayload? Token)
{
    public static DirectLineCredential Read(HttpRequest request, DirectLineTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tokens);
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header.Length == Scheme.Length)
        {
            return new(DirectLineCredentialKind.Missing, null);
        }

        return Of(header[Scheme.Length..].Trim(), tokens);
    }

    /// <summary>What a credential given another way holds (the <c>t</c> parameter of a stream URL).</summary>
    public static DirectLineCredential Of(string? credential, DirectLineTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (string.IsNullOrEmpty(credential))
        {
            return new(DirectLineCredentialKind.Missing, null);
        }

        if (tokens.IsSecret(credential))
        {
            return new(DirectLineCredentialKind.Secret, null);
        }

        var check = tokens.Check(credential);
        return check.Status switch
        {
            TokenCheckStatus.Valid => new(DirectLineCredentialKind.Token, check.Payload),
            TokenCheckStatus.Expired => new(DirectLineCredentialKind.Expired, null),
            _ => new(DirectLineCredentialKind.Invalid, null),
        };
    }
}
