using ShopBot.Knowledge.Screening;

namespace ShopBot.Knowledge.Tests.Templates;

/// <summary>
/// A stand-in for the real reply screen: it blocks a few obvious words, enough to exercise the refusal paths of the
/// stores, which take any <see cref="IReplyScreen"/> from the container.
/// </summary>
internal sealed class WordListScreen : IReplyScreen
{
    private static readonly (string Word, ViolationKind Kind)[] Blocked = [("最好", ViolationKind.Superlative), ("保证", ViolationKind.Promise), ("滚", ViolationKind.Abuse)];

    public ScreenVerdict Screen(string text)
    {
        var violations = Blocked
            .Where(b => text.Contains(b.Word, StringComparison.Ordinal))
            .Select(b => new Violation(b.Kind, b.Word, text.IndexOf(b.Word, StringComparison.Ordinal)))
            .ToList();
        return new ScreenVerdict(text, violations, null);
    }
}
