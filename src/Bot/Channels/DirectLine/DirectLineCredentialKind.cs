namespace ShopBot.Bot.Channels.DirectLine;

public enum DirectLineCredentialKind
{
    Missing,
    Invalid,
    Expired,
    Secret,
    Token,
}
