using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

public sealed partial class FlowContext
{
    private const string SaidBeforeTemplate = "dialog.said_before";
    private const string SaidBeforePersonTemplate = "dialog.said_before_person";

    /// <summary>A reply whose new part is this small, against all it holds, says nothing new.</summary>
    private const double SmallestNewShare = 0.25;
    private const int SmallestNewWeight = 15;

    /// <summary>A reply this short (a thanks, a yes, a closing line) is sent as it is.</summary>
    private const int ShortestCut = 20;

    /// <summary>A turn that says only what was said is cut short only when it is this long: a short one is a brief answer.</summary>
    private const int ShortestRestatement = 45;

    /// <summary>Content characters a sentence shares with the buyer's words to speak to them.</summary>
    private const int SharedWithBuyer = 2;

    /// <summary>
    /// Keeps the turn's replies from saying the same content twice. Within the turn, a reply that overlaps an earlier one
    /// (two policy entries on the same postage, coupons named by both the coupon and the no-bargaining entry) keeps only
    /// its new sentences, or is left out when it has none; a line that only invites more questions goes when the reply
    /// answers. Across turns, when the buyer asks nothing new and no flow waits, a long answer that says only what was
    /// said (another variant of it) gives way to a few words asking what is still open; the second time a person is
    /// offered. Questions and the lines of the dialog itself (a question asked again, a lead-in, a handover) are never cut.
    /// </summary>
    public void DropSaidBefore()
    {
        var kept = new List<DialogReply>();
        foreach (var reply in _replies)
        {
            var earlier = new SaidContent(kept.Select(r => r.Text));
            var text = KeptOwnWording(reply.TemplateId) ? reply.Text : NewPart(reply.Text, earlier, kept.Count > 0);
            // Cut to words the buyer already read ("{policy_text}" without the closing line), the reply stays whole.
            text = text is not null && text != reply.Text && State.SaidReplies.Contains(text, StringComparer.Ordinal) ? reply.Text : text;
            if (text is not null)
            {
                kept.Add(reply with { Text = text });
            }
        }

        _replies.Clear();
        _replies.AddRange(kept);
        if (SaysOnlyWhatWasSaid())
        {
            ShortenRestatement();
        }
    }

    /// <summary>
    /// Says again only the one sentence that speaks to the buyer's words ("说明书扔了" → the electronic manual), or, when
    /// none does, a few words asking what is still open; the second time a person is offered.
    /// </summary>
    private void ShortenRestatement()
    {
        var buyerWords = SaidContent.Content(Normalized);
        var first = _replies[0];
        var headline = SaidContent.Sentences(first.Text)[0].Trim();
        var closest = SaidContent.Sentences(first.Text)
            .Select(s => (Sentence: s.Trim(), Shared: SaidContent.Content(s).Count(buyerWords.Contains)))
            .MaxBy(x => x.Shared);
        var shortened = SaidContent.Closed(closest.Sentence == headline ? headline : headline + closest.Sentence);
        _replies.Clear();
        if (closest.Shared >= SharedWithBuyer && !AlreadySaid(shortened))
        {
            // The headline of the answer and the one sentence that speaks to the buyer's words, nothing else again.
            _replies.Add(first with { Text = shortened });
            return;
        }

        Say(State.Told(SaidBeforeTemplate, null) ? SaidBeforePersonTemplate : SaidBeforeTemplate);
    }

    /// <summary>
    /// True when this turn would only say again, in other words, what the buyer read earlier: the buyer asked nothing
    /// (an insistence, a remark), answered no question of the last turn and named no value (a sum, a count, a day); no flow waits
    /// for an answer and no person is coming.
    /// </summary>
    private bool SaysOnlyWhatWasSaid()
    {
        if (_replies.Count == 0 || Input.IsSecondNeed || NeedsPerson is not null || State.ActiveFlow is not null
            || Facts.Cues.IsQuestion || SaidContent.AsksSomething(Normalized) || TakesADecision() || _replies.Any(r => KeptOwnWording(r.TemplateId))
            || State.LastReplies.SelectMany(SaidContent.Sentences).Any(SaidContent.Asks)
            || SaidContent.NamesValue(Normalized))
        {
            return false;
        }

        // A turn handled in two steps has remembered its own replies once already: those are not "said before".
        var said = new SaidContent(State.SaidReplies.Where(t => !_replies.Any(r => r.Text == t)));
        var sentences = _replies.SelectMany(r => SaidContent.Sentences(r.Text)).ToList();
        return sentences.Sum(SaidContent.Weight) >= ShortestRestatement
            && sentences.All(s => !SaidContent.Asks(s) && (SaidContent.OnlyInvites(s) || said.Covers(s)));
    }

    /// <summary>
    /// "不给减就不买了", "不要了", "晚点再说", "不是这个": a condition, a refusal, a deferral or a correction is news the
    /// answer speaks to, even when its words were said before.
    /// </summary>
    private bool TakesADecision() =>
        Facts.Cues is { HasCondition: true } or { IsConditional: true } or { IsCorrection: true } or { IsDeferral: true }
        || Facts.Cues.Negated.Count > 0 || GivesUp().IsMatch(Compact);

    [GeneratedRegex("不(买|要|付|用|换|退|改|等)了|算了|拉倒|就不(买|要|付)")]
    private static partial Regex GivesUp();

    /// <summary>The reply's sentences not said before, or null when nothing worth sending is new.</summary>
    private static string? NewPart(string text, SaidContent said, bool answeredAlready)
    {
        if (SaidContent.Weight(text) < ShortestCut)
        {
            return text;
        }

        var sentences = SaidContent.Sentences(text);
        var fresh = sentences.Where(s => !SaidContent.Asks(s) && !SaidContent.OnlyInvites(s) && !said.Covers(s)).ToList();
        var newWeight = fresh.Sum(SaidContent.Weight);
        if (answeredAlready && newWeight < SmallestNewWeight && newWeight < SmallestNewShare * SaidContent.Weight(text))
        {
            // Nothing new but a question the flow still asks: the question stands as it was.
            return sentences.Any(SaidContent.Asks) ? text : null;
        }

        var keptSentences = sentences.Where(s => fresh.Contains(s) || SaidContent.Asks(s) || SaidContent.Weight(s) == 0).ToList();
        return keptSentences.Count == sentences.Count || keptSentences.Count == 0 ? text : SaidContent.Closed(string.Concat(keptSentences).Trim());
    }

    /// <summary>Lines of the dialog itself, said as they are: questions, lead-ins, fallbacks and handovers.</summary>
    private static bool KeptOwnWording(string templateId) =>
        templateId.Contains(".ask_", StringComparison.Ordinal)
        || templateId.StartsWith("clarify.", StringComparison.Ordinal)
        || templateId.StartsWith("fallback.", StringComparison.Ordinal)
        || templateId.StartsWith("dialog.", StringComparison.Ordinal)
        || templateId.StartsWith("handoff.", StringComparison.Ordinal)
        || templateId is "orders.several" or "orders.propose_newest";
}
