namespace ShopBot.Knowledge.Screening;

public sealed partial class ScreenEngine
{
    /// <summary>
    /// A platform rule is broken by one of its breach words, not negated, in a sentence about one of its topics
    /// (any sentence for a rule without topics) that holds none of the rule's exceptions. No rewrite: the reply
    /// says something the shop must not do, which only a person can put right.
    /// </summary>
    private void FindRuleBreaches(HitSet hits, List<Finding> findings)
    {
        var live = hits.All.Where(h => h.Term.Rule is not null && !hits.IsCovered(h)).ToList();
        foreach (var breach in live.Where(h => h.Term.Role == TermRole.RuleBreach))
        {
            var rule = breach.Term.Rule;
            bool InSentence(TermRole role) => live.Exists(h => h.Term.Role == role && h.Sentence == breach.Sentence && h.Term.Rule == rule);
            var needsTopic = Lexicon.Rules.Any(r => r.Id == rule && r.Topics.Count > 0);
            if (hits.IsNegated(breach) || (needsTopic && !InSentence(TermRole.RuleTopic)) || InSentence(TermRole.RuleUnless))
            {
                continue;
            }

            var (start, end) = hits.View.OriginalSpan(breach.Start, breach.End);
            findings.Add(new Finding(ViolationKind.Rule, start, end, start, end, null));
        }
    }
}
