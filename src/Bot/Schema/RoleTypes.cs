namespace ShopBot.Bot.Schema;

/// <summary>Values of <see cref="ChannelAccount.Role"/>; Web Chat puts <c>user</c> activities on the buyer's side.</summary>
public static class RoleTypes
{
    public const string User = "user";
    public const string Bot = "bot";
}
