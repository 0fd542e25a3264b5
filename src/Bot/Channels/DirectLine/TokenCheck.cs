namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>The outcome of checking a token: valid with its payload, expired, or not ours.</summary>
public sealed record TokenCheck(TokenCheckStatus Status, TokenPayload? Payload)
{
    public static TokenCheck Invalid { get; } = new(TokenCheckStatus.Invalid, null);

    public static TokenCheck Expired { get; } = new(TokenCheckStatus.Expired, null);

    public static TokenCheck Valid(TokenPayload payload) => new(TokenCheckStatus.Valid, payload);
}
