namespace ShopBot.Knowledge.Screening;

/// <summary>
/// Checks a buyer-facing reply for what a shop's service must never say: Advertising Law superlatives,
/// promises stated as certain, platform-rule breaches, private contact details and abuse.
/// </summary>
public interface IReplyScreen
{
    ScreenVerdict Screen(string text);
}
