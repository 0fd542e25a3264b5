using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "税号我得问下财务 晚点发你" then "电子的就行 发到…", "开公司的吧 抬头跟税号我晚点发你": a company request whose title or tax
/// number the buyer sends later is recorded at once with what is known, its description saying what is to follow, so
/// staff see it even if the buyer never comes back; the number sent later records it again whole (the guard withdraws
/// the waiting one).
/// </summary>
public sealed partial class InvoiceFlow
{
    private const string TitleLaterKey = "title_later";
    private const string WaitingKey = "waiting_recorded";

    /// <summary>The words in a waiting request's description for an e-invoice whose e-mail the buyer has not given yet.</summary>
    private const string EmailToFollow = "接收邮箱待买家补充";

    /// <summary>The company title is put off, in this message ("抬头跟税号我晚点发你") or before.</summary>
    private static bool TitlePutOff(FlowContext context)
    {
        var values = context.State.Values;
        if (!values.ContainsKey(TitleLaterKey) && context.Facts.Invoice?.Title is null && PutsOff(context) && TitleNamed().IsMatch(context.Compact))
        {
            values[TitleLaterKey] = "yes";
            if (FieldPutOff(context, null) == DialogSteps.AskTaxNumber)
            {
                values[LaterKey] = DialogSteps.AskTaxNumber;
            }
        }

        return values.ContainsKey(TitleLaterKey);
    }

    /// <summary>The tax number is put off, in this message or before.</summary>
    private static bool TaxPutOff(FlowContext context) =>
        context.State.Values.GetValueOrDefault(LaterKey) == DialogSteps.AskTaxNumber || FieldPutOff(context, context.State.Step) == DialogSteps.AskTaxNumber;

    /// <summary>
    /// Records the request with what is known and what is to follow, unless this very request is on record already, and
    /// says so; the e-mail of an e-invoice not given yet is marked as to follow too ("税号我要问下财务" right after the
    /// title); with neither the title nor the medium yet the wait is said and the title asked. True when it spoke.
    /// </summary>
    private static async Task<bool> RecordWaitingAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        var values = context.State.Values;
        var title = values.GetValueOrDefault(TitleKey);
        var paper = values.ContainsKey(PaperKey);
        var email = paper ? null : values.GetValueOrDefault(EmailKey);
        var step = title is null ? DialogSteps.AskTitle : DialogSteps.AskTaxNumber;
        if (!paper && email is null && title is null)
        {
            context.Say("invoice.title_tax_later", context.SlotsOf(order));
            context.Await(step);
            return true;
        }

        var recorded = string.Join("|", title, email, paper);
        if (values.GetValueOrDefault(WaitingKey) == recorded)
        {
            return false;
        }

        values[WaitingKey] = recorded;
        values[LaterKey] = DialogSteps.AskTaxNumber;
        var notes = new List<string> { paper ? "纸质发票，寄到订单收货地址，邮费由店铺承担" : "电子发票" };
        if (title is null)
        {
            notes.Add(CaseDraft.TitleToFollow);
        }
        else if (!paper && email is null)
        {
            notes.Add(EmailToFollow);
        }

        notes.Add(CaseDraft.TaxNumberToFollow);
        await context.Actions.RequestInvoiceAsync(context.Turn, order.OrderNumber, InvoiceTitleType.Company, title ?? string.Empty, null, email, string.Join("；", notes), cancellationToken).ConfigureAwait(false);
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [TemplateSlots.InvoiceTitle] = title,
            [TemplateSlots.Email] = email ?? "订单收货地址",
        };
        context.Say(title is null ? "invoice.recorded_title_tax_waiting" : email is null && !paper ? "invoice.recorded_tax_email_waiting" : "invoice.recorded_tax_waiting", slots);
        context.Await(step);
        return true;
    }

    [GeneratedRegex("抬头|公司(?:全称|名称|名字|名)")]
    private static partial Regex TitleNamed();
}
