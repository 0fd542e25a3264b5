using ShopBot.Knowledge.Screening;

namespace ShopBot.Knowledge.Tests.Screening;

/// <summary>The screen over the hand-written corpus in <c>Data/</c>: ordinary shop replies pass, violations are blocked with their kind.</summary>
public sealed class ReplyScreenCorpusTests
{
    public static TheoryData<string> OrdinaryReplies => [.. ScreeningFixture.Lines("must-pass.txt")];

    public static TheoryData<string, string> ViolatingReplies
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (kind, text) in ScreeningFixture.Labeled("must-block.tsv"))
            {
                data.Add(kind.ToString(), text);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(OrdinaryReplies))]
    public void Ordinary_shop_reply_passes(string reply)
    {
        var verdict = ScreeningFixture.Screen.Screen(reply);

        Assert.True(verdict.Allowed, $"blocked: {ReplyGate.Describe(verdict)}");
        Assert.Null(verdict.Rewrite);
    }

    [Theory]
    [MemberData(nameof(ViolatingReplies))]
    public void Violating_reply_is_blocked_with_its_kind(string kind, string reply)
    {
        var verdict = ScreeningFixture.Screen.Screen(reply);

        Assert.False(verdict.Allowed);
        Assert.Contains(verdict.Violations, v => v.Kind.ToString() == kind);
        Assert.All(verdict.Violations, v => Assert.Equal(v.Match, reply.Substring(v.Index, v.Match.Length)));
    }

    [Theory]
    [MemberData(nameof(ViolatingReplies))]
    public void A_rewrite_is_offered_only_when_it_passes_and_never_for_rules_contact_or_abuse(string kind, string reply)
    {
        var verdict = ScreeningFixture.Screen.Screen(reply);

        if (verdict.Violations.Any(v => v.Kind is ViolationKind.Rule or ViolationKind.Contact or ViolationKind.Abuse))
        {
            Assert.Null(verdict.Rewrite);
        }

        if (verdict.Rewrite is { } rewrite)
        {
            Assert.True(ScreeningFixture.Screen.Screen(rewrite).Allowed, $"{kind}: rewrite '{rewrite}' fails");
        }
    }

    [Fact]
    public void Corpus_holds_at_least_150_replies_with_every_kind_blocked_somewhere()
    {
        var blocked = ScreeningFixture.Labeled("must-block.tsv").ToList();

        Assert.True(OrdinaryReplies.Count + blocked.Count >= 150);
        Assert.All(Enum.GetValues<ViolationKind>(), kind => Assert.True(blocked.Count(b => b.Kind == kind) >= 10, kind.ToString()));
    }

    [Fact]
    public void Superlatives_and_promises_in_the_corpus_mostly_get_a_rewrite()
    {
        var softenable = ScreeningFixture.Labeled("must-block.tsv").Where(l => l.Kind is ViolationKind.Superlative or ViolationKind.Promise).ToList();

        var rewritten = softenable.Count(l => ScreeningFixture.Screen.Screen(l.Text).Rewrite is not null);

        Assert.True(rewritten >= softenable.Count * 9 / 10, $"{rewritten} of {softenable.Count} rewritten");
    }
}
