using System.Globalization;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Triggers;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Bot.AfterSales;

/// <summary>
/// What the buyer is told when a person takes over: why (what the colleague will do, with an apology where the shop is
/// at fault), that the case is written down, and when people answer. A bare "转人工" leaves the buyer guessing.
/// </summary>
public sealed class HandoverNotice(IReplyTemplates templates, IOptions<HandoffOptions> options)
{
    public const string TemplateId = "handoff.connecting";

    /// <param name="repliesSent">The turn's replies: one that already says who takes the case over ("我请主管同事在这里和您商量")
    /// leaves out the why of a flow's handover, which would say it a second time.</param>
    public string Render(HandoffDecision decision, string conversationId, IEnumerable<string>? repliesSent = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var hours = options.Value.BusinessHours;
        var slots = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [TemplateSlots.ServiceHours] = string.Create(CultureInfo.InvariantCulture, $"{hours.Opens:H\\:mm}-{hours.Closes:H\\:mm}"),
        };
        var why = WhyOf(decision);
        var connecting = templates.Render(TemplateId, slots, conversationId).Text;
        if (SaidBy(why, repliesSent))
        {
            return connecting;
        }

        var apologised = why is "overdue" or "overdue_cut" or "complaint" or "asked" && repliesSent?.Any(Apology.IsMatch) == true;
        return templates.Render("handoff.why_" + why + (apologised ? "_apologised" : ""), slots, conversationId).Text + connecting;
    }

    private static readonly System.Text.RegularExpressions.Regex Apology = new("抱歉|道歉|对不起|不好意思", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A reply already hands the case to a person in so many words. Only a flow's own reasons give way: an overdue
    /// order's apology and offer, a complaint, a person asked for or a line not understood keep their why.
    /// </summary>
    private static bool SaidBy(string why, IEnumerable<string>? repliesSent) =>
        why is "compensation" or "money" or "quality" or "courier" or "parcel" or "address" or "default"
        && repliesSent?.Any(HandoverWords.IsMatch) == true;

    private static readonly System.Text.RegularExpressions.Regex HandoverWords = new(
        "(?:转给|转交给?|交给|请)[^，。；！？,.;!?]{0,8}?(?:同事|主管)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The kind of reason a person is needed, named as the <c>handoff.why_…</c> templates are.</summary>
    public static string WhyOf(HandoffDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var flowReason = decision.Reason.StartsWith(HandoffTriggerPolicy.FlowReasonPrefix, StringComparison.Ordinal) ? decision.Reason[HandoffTriggerPolicy.FlowReasonPrefix.Length..] : null;
        return decision.Trigger switch
        {
            HandoffTrigger.Complaint => "complaint",
            // An angry buyer hears an apology and that a supervisor takes it up, as a complaint does.
            HandoffTrigger.Abuse => "complaint",
            // An order past the shipping promise, whatever else the turn held: the apology and the offer to cancel; with
            // fewer pieces recorded, the pieces' refund checked instead of the whole order's; chased again after the
            // apology, the colleague follows the urgent note up, and neither the apology nor the way out is said twice.
            _ when decision.Priority == HandoffPriority.Overdue => flowReason switch
            {
                ShipmentAnswers.PastShippingPromiseCut => "overdue_cut",
                ShipmentAnswers.PastShippingPromisePressed => "overdue_pressed",
                _ => "overdue",
            },
            HandoffTrigger.LowConfidenceAfterClarification or HandoffTrigger.RepeatedFailures => "unclear",
            HandoffTrigger.BuyerAsked => "asked",
            _ => flowReason switch
            {
                ShipmentAnswers.LostParcel or TrackFlow.NotReceived or TraceAnswers.ParcelReturned => "parcel",
                ShipmentAnswers.TrackingFollowUp or TraceAnswers.ParcelProblem => "courier",
                QualityReturnFlow.QualityReview => "quality",
                QualityReturnFlow.Compensation => "compensation",
                AnswerFlows.ComplaintReason => "complaint",
                ChangeAddressFlow.AfterShipment => "address",
                InvoiceFlow.StatusCheck => "invoice",
                // The refund and payment reasons are internal to the dialogs; their names are the contract.
                "refund_not_arrived" or "refund_overdue" or "refund_dispute" or "payment_deducted" or UnownedGoods.PaidUnowned => "money",
                OrderResolver.OrderUnclear or DialogEngine.QuestionNotAnswered => "unclear",
                // The bot understood and had answered; the person is called to act, so no "没能帮您弄明白".
                FlowContext.SaidAlready => "default",
                _ => "default",
            },
        };
    }
}
