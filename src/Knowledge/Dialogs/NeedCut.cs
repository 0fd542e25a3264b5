namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// One place a message may be cut into two requests: the text before and after, whether a connector (另外, 还有) joined
/// them, and whether the second simply ran on from the first with no pause ("…还没发货我要改地址").
/// </summary>
public sealed record NeedCut(string First, string Second, bool Joined, bool RunOn = false);
