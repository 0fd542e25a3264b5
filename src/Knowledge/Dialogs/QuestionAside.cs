using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// A question asked beside a flow: while it waits for an answer ("退回去的运费谁出？" when photos are asked for) or
/// right after it answered ("要几天到账" after a refund). The question is answered from the policies or the order, and
/// the waiting flow then asks its own question again in other words; the flow's order, values and records stay as
/// they were. A message that gives the flow what it waits for is never taken as a question.
/// </summary>
internal static partial class QuestionAside
{
    private const double LooserForFacts = 0.8;

    /// <summary>Answers a question asked while <paramref name="context"/>'s flow waits; false leaves the turn to the flow.</summary>
    public static async Task<bool> TryInsideFlowAsync(FlowContext context, double minimumScore, CancellationToken cancellationToken)
    {
        var cues = context.Facts.Cues;
        if (!cues.IsQuestion || context.State.Step is null || AnswersStep(context) || InvoiceFlow.TakesUncheckedTax(context)
            || InvoiceFlow.SendsToOrderAddress(context))
        {
            return false;
        }

        if (RefundTiming.IsAsked(context.Normalized))
        {
            // Nothing is refunded yet while the flow waits: only where the money goes, then the flow's question.
            RefundTiming.Tell(context, context.State.OrderNumber, tellState: false);
            Resume(context);
            return true;
        }

        // "多久能开出来" while an electronic invoice is taken down: when it comes and where, never the paper post.
        // "这么久了还能补开吗" likewise: no limit, with the order's payment date. "邮费谁出": the invoice's post, never a return's.
        if (context.State.ActiveFlow == IntentIds.Invoice
            && (InvoiceFlow.TellsTiming(context) || InvoiceFlow.TellsPeriod(context) || InvoiceFlow.TellsPostage(context)))
        {
            Resume(context);
            return true;
        }

        // "换的话运费谁出" while the quality flow waits for photos: this case's postage (the shop's, a wrong item's
        // too, a repair's both legs), never the rules for every kind of return.
        if (context.State.ActiveFlow == IntentIds.QualityReturn && CaseQuestion.Read(context.Compact) == CaseAsked.Postage
            && context.State.OrderNumber is not null)
        {
            QualityReturnQuestions.TellPostage(context);
            Resume(context);
            return true;
        }

        if (context.State.ActiveFlow == IntentIds.QualityReturn && AssemblyDoubt.TryTell(context))
        {
            Resume(context);
            return true;
        }

        // "能退吗" inside the refund flow is the flow's own business; "谁出" or "多久" asks for a fact whatever the flow.
        if (!cues.AsksForFact && ActionOf(context.State.ActiveFlow) is { } own && cues.Asserted.Contains(own))
        {
            return false;
        }

        // A question for a fact (谁出, 多久) is surely a question, so a looser match to the policies is believed.
        var needed = cues.AsksForFact ? minimumScore * LooserForFacts : minimumScore;
        var match = await PolicyReply.FindAsync(context, cancellationToken).ConfigureAwait(false);
        if (match is null || match.Score < needed)
        {
            return false;
        }

        await PolicyReply.SayAsync(context, match, cancellationToken).ConfigureAwait(false);
        Resume(context);
        return true;
    }

    /// <summary>
    /// "寄到哪 用什么快递寄" while a quality case waits (asked or not, whatever need the model reads) or right after it:
    /// that case's return answered, then the waiting flow's question again; never a line that gives the flow its answer.
    /// </summary>
    public static bool TryReturnQuestion(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if ((context.State.ActiveFlow is not null && (context.State.Step is null || AnswersStep(context))) || !QualityReturnQuestions.TryAnswer(context))
        {
            return false;
        }

        if (context.State.ActiveFlow is not null)
        {
            Resume(context);
        }

        return true;
    }

    /// <summary>
    /// A question right after a refund or return was answered about an order ("多久到账", "要几天？"): told from that
    /// order's refund state and the way the buyer paid, never a new refund or a list of orders.
    /// </summary>
    public static bool TryAfterFlow(FlowContext context)
    {
        var state = context.State;
        var afterFlow = state.LastOrderNumber is not null
            && state.LastFlow is IntentIds.RefundUnshipped or IntentIds.QualityReturn or IntentIds.NoReasonReturn;
        // "浴巾退款多久到账" answered, then "退到银行卡的话几天能到", "那到底几天": still the refund's money, never a parcel.
        var afterTiming = RefundTiming.JustTold(state);
        if (state.ActiveFlow is not null || !(afterFlow || afterTiming))
        {
            return false;
        }

        var compact = CompactText.Of(context.Normalized);
        // "被套什么时候发" asks about another order, or about shipping: not the refund just answered.
        if ((state.LastOrderNumber is not null && context.Facts.MatchedOrderNumbers.Any(n => n != state.LastOrderNumber)) || Shipping().IsMatch(compact))
        {
            return false;
        }

        // "要几天？", "到底几天", "到哪步了" and "花呗付的呢" carry no topic of their own: they follow the refund just answered.
        // "原路退的 我用的花呗" needs no question mark: it tells how the refund goes back.
        // "要多久才会到啊 会不会被扣手续费": the fee asked beside makes the line longer, and is answered with the days.
        var cues = context.Facts.Cues;
        var fee = RefundFee.IsAsked(compact);
        // "要等多久啊 别让我一直等" right after the payout was told: the same question said impatiently, answered with the wait.
        if (afterTiming && HowLong().IsMatch(compact) && RefundWait.TryAnswer(context, compact))
        {
            return true;
        }

        var timing = RefundTiming.IsAsked(context.Normalized)
            || ((compact.Length <= 8 || fee) && (((cues.IsQuestion || cues.AsksForFact) && HowLong().IsMatch(compact)) || Progress().IsMatch(compact)));
        var methodOnly = !timing && compact.Length <= 12 && RefundTiming.NamesPaymentMethod(compact) && !QualityProblems.NamesAProblem(context.Normalized);
        if (fee)
        {
            RefundFee.Answer(context, timing, tellState: !afterTiming);
            return true;
        }

        if (!timing && !methodOnly)
        {
            return false;
        }

        // Where the refund stands was just told with the payout times: only the payout is answered again.
        RefundTiming.Tell(context, state.LastOrderNumber, tellState: !methodOnly && !afterTiming);
        return true;
    }

    /// <summary>The flow's question again, briefly and in other words than the last time.</summary>
    public static void Resume(FlowContext context)
    {
        var step = context.State.Step;
        // "能开专票吗" after the tax number was given: never asked for again as if it were not.
        var given = context.State.ActiveFlow == IntentIds.Invoice ? InvoiceFlow.ResumeWhenGiven(context.State) : null;
        // "Which of those orders?" only when a list of several was shown: with one order or none, the number is asked for.
        if (given is null && step == DialogSteps.ChooseOrder && context.State.OrderChoices.Count < 2)
        {
            context.Say(context.State.UnownedItem is not null ? "dialog.resume_unowned_order" : "dialog.resume_ask_order",
                new Dictionary<string, string?> { [Templates.TemplateSlots.ItemTitle] = context.State.UnownedItem });
            return;
        }

        context.Say(given ?? (step is not null && ResumableSteps.Contains(step) ? $"dialog.resume_{step}" : "dialog.resume"));
    }

    private static readonly HashSet<string> ResumableSteps = new(StringComparer.Ordinal)
    {
        DialogSteps.ChooseOrder, DialogSteps.AskOrder, DialogSteps.AskReason, DialogSteps.AfterRetention, DialogSteps.AskDescription,
        DialogSteps.AskPhoto, DialogSteps.AskTitleType, DialogSteps.AskTitle, DialogSteps.AskTaxNumber, DialogSteps.AskEmail,
        DialogSteps.AskAddress, DialogSteps.AskContact,
    };

    /// <summary>Photos, an order picked, invoice fields, an address, a reason, a refusal or a correction: the flow's answer.</summary>
    private static bool AnswersStep(FlowContext context)
    {
        var facts = context.Facts;
        if (context.Input.PhotoUrls.Count > 0 || facts.Cues.IsDeferral || facts.Cues.IsCorrection || facts.Cues.Negated.Count > 0
            || facts.OrderReferences.Count > 0 || facts.MatchedOrderNumbers.Count > 0 || facts.Address is not null)
        {
            return true;
        }

        return context.State.Step switch
        {
            DialogSteps.AskTitleType or DialogSteps.AskTitle or DialogSteps.AskTaxNumber or DialogSteps.AskEmail =>
                facts.Invoice is { } invoice && (invoice.TitleType is not null || invoice.Title is not null || invoice.TaxNumber is not null
                    || invoice.InvalidTaxNumber is not null || invoice.Email is not null || invoice.Medium is not null),
            DialogSteps.AskReason => RefundReasons.Of(facts.Reason) is not null,
            DialogSteps.AfterRetention => RefundReasons.KeepsOrder(context.Normalized),
            DialogSteps.AskDescription => QualityProblems.NamesAProblem(context.Normalized),
            _ => false,
        };
    }

    private static BuyerAction? ActionOf(string? flow) => flow switch
    {
        IntentIds.RefundUnshipped => BuyerAction.Refund,
        IntentIds.QualityReturn or IntentIds.NoReasonReturn => BuyerAction.Return,
        IntentIds.Invoice => BuyerAction.Invoice,
        IntentIds.ChangeAddress => BuyerAction.ChangeAddress,
        IntentIds.Hurry => BuyerAction.Hurry,
        _ => null,
    };

    /// <summary>"要几天", "多久？", "什么时候": a question about time with no topic of its own.</summary>
    [GeneratedRegex("几天|多久|多长时间|什么时候|啥时候|几号|哪天")]
    private static partial Regex HowLong();

    /// <summary>"到哪步了", "处理了没": how far the refund just talked about has got.</summary>
    [GeneratedRegex("到哪(一)?步|(什么|啥)进度|进度(呢|如何|怎样)|怎么样了|处理了(吗|没|么)|同意了(吗|没|么)")]
    private static partial Regex Progress();

    /// <summary>"什么时候发", "几天能寄出": a question about shipping, not about money.</summary>
    [GeneratedRegex("(什么时候|啥时候|几时|几天|多久|哪天)(能|才|会|可以)?(发|寄|送|出库)|发货")]
    private static partial Regex Shipping();
}
