using System.Globalization;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Queue;

namespace ShopBot.Handoff.Triggers;

/// <summary>
/// Decides from the facts of a turn whether to hand the buyer to a person, why, and how urgently. Complaints and abuse
/// go first in the queue, orders past the shipping promise next. Which words are complaints or abuse is the host's
/// business (trainers keep them in the knowledge base); the policy only acts on what was found.
/// </summary>
public sealed class HandoffTriggerPolicy(IOptions<HandoffOptions> options)
{
    /// <summary>Put before the flow's own reason (<c>past_shipping_promise</c>, <c>lost_parcel</c> …) in a decision's reason.</summary>
    public const string FlowReasonPrefix = "flow needs a person: ";

    private readonly TriggerOptions _options = options.Value.Triggers;

    public HandoffDecision? Evaluate(TurnFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var baseline = facts.PastShippingPromise ? HandoffPriority.Overdue : HandoffPriority.Normal;
        if (!string.IsNullOrWhiteSpace(facts.ComplaintWord))
        {
            return new HandoffDecision(HandoffTrigger.Complaint, HandoffPriority.Complaint, "complaint: " + facts.ComplaintWord);
        }

        if (!string.IsNullOrWhiteSpace(facts.AbuseWord))
        {
            return new HandoffDecision(HandoffTrigger.Abuse, HandoffPriority.Complaint, "anger: " + facts.AbuseWord);
        }

        if (facts.BuyerAskedForPerson)
        {
            return new HandoffDecision(HandoffTrigger.BuyerAsked, baseline, "buyer asked for a person");
        }

        if (!string.IsNullOrWhiteSpace(facts.FlowNeedsPerson))
        {
            return new HandoffDecision(HandoffTrigger.FlowNeedsPerson, baseline, FlowReasonPrefix + facts.FlowNeedsPerson.Trim());
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
}
