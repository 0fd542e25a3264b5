using ShopBot.Knowledge.Screening;

namespace ShopBot.Bot.Tests.Channels;

/// <summary>A tiny screen: one word it can rewrite, one it cannot.</summary>
internal sealed class TestReplyScreen : IReplyScreen
{
    public const string Rewritable = "全网最好";
    public const string Unfixable = "保证";

    public ScreenVerdict Screen(string text)
    {
        if (text.Contains(Unfixable, StringComparison.Ordinal))
        {
            return new ScreenVerdict(text, [new Violation(ViolationKind.Promise, Unfixable, text.IndexOf(Unfixable, StringComparison.Ordinal))], null);
        }

        return text.Contains(Rewritable, StringComparison.Ordinal)
            ? new ScreenVerdict(text, [new Violation(ViolationKind.Superlative, Rewritable, text.IndexOf(Rewritable, StringComparison.Ordinal))], text.Replace(Rewritable, "不错", StringComparison.Ordinal))
            : new ScreenVerdict(text, [], null);
    }
}
