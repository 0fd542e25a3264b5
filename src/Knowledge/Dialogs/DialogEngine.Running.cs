using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>Running the flow that waits, whether a message pulls the buyer out of it, and the fallback when nothing fits.</summary>
public sealed partial class DialogEngine
{
    private async Task<DialogOutcome> RunAsync(FlowContext context, IDialogFlow flow, CancellationToken cancellationToken)
    {
        await flow.RunAsync(context, cancellationToken).ConfigureAwait(false);
        var kind = context.Failed ? DialogOutcomeKind.NotUnderstood : DialogOutcomeKind.Answered;
        return Outcome(context, kind, flow.Intent);
    }

    /// <summary>
    /// An invoice field while the invoice flow waits ("電子的就行", a tax number), an address while the address flow
    /// waits: the flow's own answer, whatever intent the model reads into a few words. "两个杯子那单 178的" only says
    /// which order the waiting flow is about, never a new need on it.
    /// </summary>
    private static bool GivesFlowItsFields(FlowContext context, string active) => OnlyPointsAtOrder(context) || active switch
    {
        IntentIds.Invoice => context.Facts.Invoice is { } invoice && (invoice.TitleType is not null || invoice.Title is not null
            || invoice.TaxNumber is not null || invoice.InvalidTaxNumber is not null || invoice.Email is not null || invoice.Medium is not null)
            || InvoiceFlow.EditsTitle(context) || InvoiceFlow.AnswersStatusQuestion(context) || InvoiceFlow.TalksAboutRequest(context)
            || InvoiceFlow.SendsToOrderAddress(context)
            // "金额能开200整吗", then "按实际的开": what the invoice shows, refused and agreed inside the flow.
            || InvoiceContents.IsAsked(context.Compact) || InvoiceContents.Accepts(context),
        IntentIds.ChangeAddress => context.Facts.Address is not null || ChangeAddressFlow.CorrectsNumberGiven(context),
        IntentIds.DelayShipment => DelayShipmentFlow.GivesDay(context),
        _ => false,
    };

    /// <summary>
    /// "浴巾改地址 广西…，民族大道100号，韩梅梅，150…", "送人的 寄到她家 杭州市…": a full address with words that send the
    /// parcel there is a change of address, whatever the model makes of a long line of place names. So is a whole
    /// address block with its recipient or mobile after 寄到 or 地址 ("寄到：山东省烟台市… 收件人 于秀兰 138…"), which a
    /// buyer writes out only to have the parcel sent there.
    /// </summary>
    private static bool GivesNewAddress(FlowContext context) =>
        context.Facts.Address is { HasFullAddress: true } address
        && (context.Facts.Cues.Asserted.Contains(BuyerAction.ChangeAddress)
            || ((address.RecipientName ?? address.Mobile) is not null && SendsTo().IsMatch(context.Compact) && !context.Facts.Cues.Negated.Contains(BuyerAction.ChangeAddress))
            // "帮我改成江苏省苏州市姑苏区平江路6号 其他不变": a whole address to change to, the recipient kept.
            || (ChangesTo().IsMatch(context.Compact) && !context.Facts.Cues.Negated.Contains(BuyerAction.ChangeAddress)));

    [GeneratedRegex("(?<![不别没])(?:改成|改为|换成|改到)")]
    private static partial Regex ChangesTo();

    [GeneratedRegex("(?<![不别没])(?:寄|发|送|邮|改)(?:到|给|往)|改成|改为|换成|地址|收件人|收货人|联系人")]
    private static partial Regex SendsTo();

    /// <summary>
    /// "能直接寄到她家吗", "浴巾寄到我妈家可以吗": the parcel is to go to someone else's home, the address still to come;
    /// never "别寄到我妈家" nor "寄到我妈家了" (where it went).
    /// </summary>
    private static bool SendsElsewhere(FlowContext context) =>
        context.State.ActiveFlow is null && ToSomeoneElse().IsMatch(context.Compact);

    [GeneratedRegex("(?<![不别没])(?:(?:寄|发)(?:到|给)(?:她|他|我?(?:朋友|亲戚|侄女|侄子|外甥女?|妈|爸|爸妈|父母|婆婆|闺蜜|老家))|送到(?:她|他|我?(?:朋友|亲戚|妈|爸|父母|婆婆|老家))(?:家|那))(?![^，,。]{0,2}(?:了|没))")]
    private static partial Regex ToSomeoneElse();

    /// <summary>
    /// "地址别搞错了 是崂山区不是市南区" after another flow finished, "餐具那单还没发的话帮我把省份改成江苏省" after a refund was
    /// answered: about the address, never that flow's record.
    /// </summary>
    private static bool CorrectsAddressInstead(FlowContext context, string finished) =>
        finished != IntentIds.ChangeAddress
        && ((context.Input.Understanding.Intent == IntentIds.ChangeAddress
                && (context.Facts.Address is not null || context.Compact.Contains("地址", StringComparison.Ordinal)))
            || ChangeOnCondition(context));

    /// <summary>
    /// A change of address asked for on the condition that the order has not shipped ("要是还没发 省份帮我改成江苏省"),
    /// with no word of a refund, whatever the model reads (a refund, a courier).
    /// </summary>
    private static bool ChangeOnCondition(FlowContext context)
    {
        var cues = context.Facts.Cues;
        var said = cues.Asserted.Concat(cues.Conditional).ToList();
        return said.Contains(BuyerAction.ChangeAddress) && !said.Any(a => a is BuyerAction.Refund or BuyerAction.Cancel)
            && (context.Input.Understanding.Intent == IntentIds.RefundUnshipped
                || (cues.Conditional.Contains(BuyerAction.ChangeAddress) && NotShippedYet().IsMatch(context.Compact)))
            // "还没发吧 没发就按这个改" right after the new address was taken down: that change, on the same condition.
            || (context.State.LastFlow == IntentIds.ChangeAddress && NotShippedYet().IsMatch(context.Compact) && ChangeAsSaid().IsMatch(context.Compact)
                && !said.Any(a => a is BuyerAction.Refund or BuyerAction.Cancel));
    }

    [GeneratedRegex("(?:按|照|就按|就照)(?:这个|这样|刚才|上面|我说的|新的)[的地]?(?:改|來|来|弄|办|换)|就?这么(?:改|办)|(?:帮我|给我|麻烦)?改(?:一下|下|吧|了吧)")]
    private static partial Regex ChangeAsSaid();

    [GeneratedRegex("没(有)?(发|寄)")]
    private static partial Regex NotShippedYet();

    private static bool OnlyPointsAtOrder(FlowContext context)
    {
        var facts = context.Facts;
        return (facts.MatchedOrderNumbers.Count > 0 || facts.OrderReferences.Count > 0)
            && !facts.Cues.IsQuestion && facts.Cues.Asserted.Count == 0 && facts.Cues.Negated.Count == 0
            && !QualityProblems.NamesAProblem(context.Normalized) && context.Compact.Length <= 16;
    }

    private static DialogOutcome NotUnderstood(FlowContext context)
    {
        // "不收税点吧" right after the answer said so: only asks back what was said, so it is confirmed.
        if (SaidBackAsked.TryAnswer(context) || SaidBackAsked.TryAffirmed(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        // A line not understood in the middle of a need being served: the bot is not sure, so a person takes it up.
        if (UnsureQuestion.HandsOverMidway(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, context.Input.Understanding.Intent);
        }

        context.Say("fallback.rephrase");
        context.Fail();
        return Outcome(context, DialogOutcomeKind.NotUnderstood, context.Input.Understanding.Intent);
    }

    /// <summary>While a flow waits, only a clear new request pulls the buyer out of it; an expected answer never does.</summary>
    private bool SwitchesTopic(DialogState state, Understanding understanding, MessageCues cues, string compact)
    {
        if (understanding.Decision != TurnDecision.Answer
            || understanding.Intent == state.ActiveFlow
            || understanding.Intent is IntentIds.Other or IntentIds.Greeting
            || cues.IsDeferral
            // "今天才到" inside a flow says the goods arrived: no question where they are.
            || (understanding.Intent == IntentIds.Track && cues.AlreadyReceived)
            // "行" to a question the flow asked is its answer, not thanks.
            || (understanding.Intent == IntentIds.Thanks && state.Step is not null && Agreement.IsBare(compact)))
        {
            return false;
        }

        var needed = DialogSteps.TakesFreeText(state.Step) ? _services.Options.SwitchConfidenceOverFreeText : _services.Options.SwitchConfidence;
        return understanding.Confidence >= needed;
    }
}
