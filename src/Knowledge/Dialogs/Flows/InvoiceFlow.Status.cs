using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "發票開了嗎" naming no order, from a buyer with no invoice request on any order: the policy's time (10 days from the
/// request), that no request is on record, and the offer to register it now or have a colleague check; the order is
/// asked for by name, never with a list of every order, and "T恤那单" then answers for that order.
/// </summary>
public sealed partial class InvoiceFlow
{
    private const string StatusAskedKey = "status_asked";

    /// <summary>Said after no request was found on the order the buyer named: "核实" then calls a colleague.</summary>
    private const string StatusOfferedKey = "status_offered";

    /// <summary>
    /// True while a status question names no order: this line answered ("which order?"), or, at the
    /// buyer's "上周要的", the order asked for again in other words.
    /// </summary>
    private static async Task<bool> StatusUnnamedAsync(FlowContext context, bool changed, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (changed || OrderResolver.Named(context).Count > 0)
        {
            return false;
        }

        if (state.Step is null && StatusWords().IsMatch(context.Normalized) && !ReissueWords().IsMatch(context.Normalized)
            && !await AnyRequestAsync(context, cancellationToken).ConfigureAwait(false))
        {
            state.Values[StatusAskedKey] = "yes";
            context.Say("invoice.status_none_any");
            context.Await(DialogSteps.AskOrder);
            return true;
        }

        // "上周要的", "之前就申请了": when, not which; the order is asked for once more, never a failed turn.
        if (state.Values.ContainsKey(StatusAskedKey) && state.Step == DialogSteps.AskOrder && AppliedBefore().IsMatch(context.Compact))
        {
            context.Say("invoice.status_which_order");
            context.Await(DialogSteps.AskOrder);
            return true;
        }

        return false;
    }

    /// <summary>"核实一下吧" after the offer on a named order: a colleague checks, never a failed answer to the title question.</summary>
    private static bool CheckWanted(FlowContext context)
    {
        // "上个月就要了", "邮箱一直没收到" after the offer say the request was made: a colleague checks it as well.
        if (!context.State.Values.ContainsKey(StatusOfferedKey) || context.Facts.Invoice is not null
            || !(CheckWords().IsMatch(context.Compact) || AppliedBefore().IsMatch(context.Compact) || MailMissing(context.Compact) || StatusWords().IsMatch(context.Normalized)))
        {
            return false;
        }

        context.Say("invoice.status_check");
        context.NeedPerson(StatusCheck);
        context.Finish();
        return true;
    }

    /// <summary>The answer on the order named after "發票開了嗎": no request on it either, and what can be done now.</summary>
    private static void OfferOnNamed(FlowContext context, Order order)
    {
        context.State.Values[StatusOfferedKey] = "yes";
        context.Say("invoice.status_none_offer", context.SlotsOf(order));
        context.Await(DialogSteps.AskTitleType);
    }

    /// <summary>True when the status question right after "發票開了嗎" names an order in this flow.</summary>
    public static bool AnswersStatusQuestion(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        return state.Values.ContainsKey(StatusAskedKey) && state.Step == DialogSteps.AskOrder
            && (AppliedBefore().IsMatch(context.Compact) || OrderResolver.Named(context).Count > 0);
    }

    /// <summary>
    /// "上个月就要了", "邮箱木有收到" while the invoice flow waits: about the invoice asked for before, never a parcel or a
    /// quality problem, whatever the model reads into a few words.
    /// </summary>
    public static bool TalksAboutRequest(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return MailMissing(context.Compact)
            || (context.State.Values.ContainsKey(StatusOfferedKey) && (AppliedBefore().IsMatch(context.Compact) || StatusWords().IsMatch(context.Normalized)));
    }

    /// <summary>"邮箱一直没收到" right after an invoice was talked about, or naming the invoice: its status, never a lost parcel.</summary>
    public static bool AsksAboutMail(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State.ActiveFlow is null && MailMissing(context.Compact)
            && (context.State.LastFlow == Intents.IntentIds.Invoice || context.Compact.Contains('票', StringComparison.Ordinal));
    }

    private static async Task<bool> AnyRequestAsync(FlowContext context, CancellationToken cancellationToken)
    {
        foreach (var order in context.Services.Orders.OrdersOf(context.Input.BuyerId))
        {
            var cases = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
            if (cases.Any(c => c.Kind == CaseKind.InvoiceRequest && c.Status != CaseStatus.Cancelled))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("核实|核对一下|查一下|查查|帮我查|去查|问一下|问问|同事")]
    private static partial Regex CheckWords();
}
