namespace ShopBot.Handoff.Agents;

/// <summary>
/// The reply screen's word on an agent's reply: allowed (possibly rewritten into <see cref="Text"/>) or blocked for
/// <see cref="Reasons"/>.
/// </summary>
public sealed record ScreenedReply(bool Allowed, string Text, IReadOnlyList<string> Reasons)
{
    public static ScreenedReply Allow(string text) => new(true, text, []);

    public static ScreenedReply Block(params string[] reasons) => new(false, "", reasons);
}
