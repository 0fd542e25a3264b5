namespace ShopBot.Bot.Channels.BotFramework;

/// <summary>
/// What a valid channel token vouches for: the connector address to answer at (<c>serviceurl</c> claim) and, when the
/// signing key lists them, the channels it may speak for (<c>endorsements</c>). <see cref="Failure"/> says why not.
/// </summary>
public sealed record ChannelAuthentication(string? ServiceUrl, IReadOnlyList<string>? Endorsements, string? Failure)
{
    public bool Succeeded => Failure is null;

    public static ChannelAuthentication Fail(string reason) => new(null, null, reason);

    /// <summary>Whether the activity's own <c>serviceUrl</c> and <c>channelId</c> are the ones the token vouches for.</summary>
    public bool Vouches(string? serviceUrl, string? channelId) =>
        Succeeded
        && !string.IsNullOrEmpty(serviceUrl)
        && string.Equals(ServiceUrl, serviceUrl, StringComparison.OrdinalIgnoreCase)
        && (Endorsements is null || (channelId is not null && Endorsements.Contains(channelId, StringComparer.Ordinal)));
}
