using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Queue;

namespace ShopBot.Handoff.Triggers;

/// <summary>
/// Decides from the facts of a turn whether to hand the buyer to a person, why, and how urgently. Complaints and abuse
/// go first in the queue, orders past the shipping promise next. Words are matched on folded text (full-width to
/// half-width, lower case, no spaces or punctuation), so "投 诉" and "１２３１５" count; a word of digits only matches
/// when no digit touches it, so an order number holding 12315 is not a complaint.
/// </summary>
public sealed class HandoffTriggerPolicy(IOptions<HandoffOptions> options)
{
    internal static readonly string[] DefaultComplaintWords =
        ["投诉", "投訴", "差评", "差評", "12315", "消协", "消費者協會", "工商局", "市场监管", "举报", "舉報", "曝光", "维权", "起诉", "律师函"];

    internal static readonly string[] DefaultAbuseWords =
        ["傻逼", "sb客服", "煞笔", "垃圾客服", "垃圾店", "骗子", "骗人", "滚蛋", "去死", "妈的", "他妈", "智障", "脑残", "操你", "气死", "太过分", "忍无可忍"];

    private readonly TriggerOptions _options = options.Value.Triggers;
    private readonly string[] _complaintWords = Fold(options.Value.Triggers.ComplaintWords ?? DefaultComplaintWords);
    private readonly string[] _abuseWords = Fold(options.Value.Triggers.AbuseWords ?? DefaultAbuseWords);

    public HandoffDecision? Evaluate(TurnFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var text = FoldOne(facts.Text);
        var baseline = facts.PastShippingPromise ? HandoffPriority.Overdue : HandoffPriority.Normal;
        if (FindWord(text, _complaintWords) is { } complaint)
        {
            return new HandoffDecision(HandoffTrigger.Complaint, HandoffPriority.Complaint, "complaint: " + complaint);
        }

        if (FindWord(text, _abuseWords) is { } abuse)
        {
            return new HandoffDecision(HandoffTrigger.Abuse, HandoffPriority.Complaint, "anger: " + abuse);
        }

        if (facts.BuyerAskedForPerson)
        {
            return new HandoffDecision(HandoffTrigger.BuyerAsked, baseline, "buyer asked for a person");
        }

        if (!string.IsNullOrWhiteSpace(facts.FlowNeedsPerson))
        {
            return new HandoffDecision(HandoffTrigger.FlowNeedsPerson, baseline, "flow needs a person: " + facts.FlowNeedsPerson.Trim());
        }

        if (facts.LowConfidenceAfterClarification)
        {
            return new HandoffDecision(HandoffTrigger.LowConfidenceAfterClarification, baseline, "still unclear after one clarification");
        }

        if (facts.ConsecutiveFailedTurns >= _options.FailedTurnsBeforeHandoff)
        {
            return new HandoffDecision(HandoffTrigger.RepeatedFailures, baseline,
                string.Create(CultureInfo.InvariantCulture, $"{facts.ConsecutiveFailedTurns} failed turns in a row"));
        }

        return null;
    }

    private static string? FindWord(string text, string[] words)
    {
        foreach (var word in words)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var digitsOnly = word.All(char.IsAsciiDigit);
                var end = at + word.Length;
                if (!digitsOnly || ((at == 0 || !char.IsAsciiDigit(text[at - 1])) && (end == text.Length || !char.IsAsciiDigit(text[end]))))
                {
                    return word;
                }
            }
        }

        return null;
    }

    private static string[] Fold(IEnumerable<string> words) => words.Select(FoldOne).Where(w => w.Length > 0).Distinct().ToArray();

    private static string FoldOne(string text)
    {
        var normalized = Valid(text).Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Without lone surrogates and U+FFFE/U+FFFF, on which normalisation throws: the words are all that matter here.</summary>
    private static string Valid(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune != Rune.ReplacementChar && (rune.Value & 0xFFFE) != 0xFFFE)
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }
}
