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

        var credential = header[Scheme.Length..].Trim();
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
