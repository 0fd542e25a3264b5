using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "税号我等下问问财务再发你", "邮箱晚点发你": a field the buyer will send later is waited for with the rest kept, and
/// "好的" after it is an acknowledgement; neither is a failed turn, so a buyer who fetches a tax number never reaches a
/// person for "not understood".
/// </summary>
public sealed partial class InvoiceFlow
{
    private const string LaterKey = "field_later";

    /// <summary>The message puts off a field (or acknowledges the wait for the one the flow asked): nothing failed.</summary>
    private static bool PutsOff(FlowContext context, string? step) =>
        FieldPutOff(context, step) is not null || AcknowledgesWait(context, step);

    /// <summary>
    /// Says the wait for a field put off this turn ("税号问好了直接发我，抬头先记着"), to a "好的" after it that the shop
    /// waits, or after another answer that only that field is left; true when it spoke, so the field is not asked for
    /// again in the same reply.
    /// </summary>
    private static bool SaysWaiting(FlowContext context, string field, Order order)
    {
        var values = context.State.Values;
        var step = context.State.Step;
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [TemplateSlots.InvoiceTitle] = values.GetValueOrDefault(TitleKey),
        };
        if (FieldPutOff(context, step) == field)
        {
            values[LaterKey] = field;
            context.Say(field == DialogSteps.AskTaxNumber ? "invoice.tax_later" : "invoice.email_later", slots);
            return true;
        }

        if (step == field && AcknowledgesWait(context, step))
        {
            context.Say("invoice.later_waiting", slots);
            return true;
        }

        // Something else answered meanwhile ("不对 抬头是…贸易", "电子的就行", the tax number): the field put off is still
        // awaited, never asked for as if the buyer had not said it would come later.
        if (values.GetValueOrDefault(LaterKey) == field)
        {
            context.Say(field == DialogSteps.AskTaxNumber ? "invoice.tax_still_later" : "invoice.email_still_later", slots);
            return true;
        }

        return false;
    }

    /// <summary>The field a deferral puts off: the one it names ("税号晚点发"), else the one the flow asked for.</summary>
    private static string? FieldPutOff(FlowContext context, string? step)
    {
        if (!PutsOff(context))
        {
            return null;
        }

        return context.Compact.Contains("税号", StringComparison.Ordinal) || context.Compact.Contains("识别号", StringComparison.Ordinal) ? DialogSteps.AskTaxNumber
            : context.Compact.Contains("邮箱", StringComparison.Ordinal) || context.Compact.Contains("邮件", StringComparison.Ordinal) ? DialogSteps.AskEmail
            : step is DialogSteps.AskTaxNumber or DialogSteps.AskEmail ? step
            : null;
    }

    /// <summary>"晚点发你", "我得问下财务": the line puts a field off till later.</summary>
    private static bool PutsOff(FlowContext context) => context.Facts.Cues.IsDeferral || AsksSomeoneFirst().IsMatch(context.Compact);

    private static bool AcknowledgesWait(FlowContext context, string? step) =>
        step is not null && context.State.Values.GetValueOrDefault(LaterKey) == step
        && (Agreement.IsBare(context.Compact) || context.Input.Understanding.Intent == IntentIds.Thanks);

    // "我问问财务", "得问下会计": the number is fetched from someone else first.
    [GeneratedRegex("问(?:问|一下|下)?(?:财务|会计|公司|同事|老板|领导|行政)|找(?:财务|会计)(?:要|拿|问)")]
    private static partial Regex AsksSomeoneFirst();
}
