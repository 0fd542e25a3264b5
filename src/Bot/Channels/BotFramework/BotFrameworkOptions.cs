namespace ShopBot.Bot.Channels.BotFramework;

/// <summary>
/// The <c>BotFramework</c> section. Replies go to the activity's <c>serviceUrl</c>, so only hosts listed here are
/// accepted: the endpoint must not become a way to make this server call arbitrary addresses.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string Section = "BotFramework";

    public IList<string> AllowedServiceHosts { get; } = [];

    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ReplyTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
