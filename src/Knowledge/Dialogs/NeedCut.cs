namespace ShopBot.Knowledge.Dialogs;

/// <summary>One place a message may be cut into two requests: the text before and after, and whether a connector (另外, 还有) joined them.</summary>
public sealed record NeedCut(string First, string Second, bool Joined);
