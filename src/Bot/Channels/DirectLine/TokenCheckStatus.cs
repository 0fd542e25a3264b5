namespace ShopBot.Bot.Channels.DirectLine;

public enum TokenCheckStatus
{
    Valid,
    Expired,
    Invalid,
}
