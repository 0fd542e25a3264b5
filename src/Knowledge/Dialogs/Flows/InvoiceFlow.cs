using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// An invoice: never refused, never charged. The title type, title (a checked name, never the buyer's sentence), a
/// company's tax number, the e-mail and paper or electronic are read from every message of the flow, a later value
/// replacing an earlier one, so only what is still missing is asked for. A paper invoice is posted free to the order's
/// address; a wrong title already issued is re-issued (a person issues the credit note); "发票开了吗" is answered from
/// the buyer's invoice requests on the order.
/// </summary>
public sealed partial class InvoiceFlow : IDialogFlow
{
    public const string Reissue = "invoice_reissue";
    private const string TypeKey = "title_type";
    private const string TitleKey = "title";
    private const string TaxKey = "tax_number";
    private const string EmailKey = "email";
    private const string PaperKey = "paper";
    private const string NameKey = "name_seen";
    private const string ReissueKey = "reissue";
    private const string ReplacesKey = "replaces";

    public string Intent => IntentIds.Invoice;

    public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var first = state.Step is null or DialogSteps.ChooseOrder or DialogSteps.AskOrder;
        var changed = Read(context);
        var order = OrderResolver.Resolve(context, "invoice", o => o.Status is OrderStatus.AwaitingShipment or OrderStatus.Shipped or OrderStatus.Completed);
        if (order is null)
        {
            return;
        }

        if (order.Status is OrderStatus.AwaitingPayment or OrderStatus.Closed)
        {
            context.Say(order.Status == OrderStatus.Closed ? "track.closed" : "invoice.not_paid", context.SlotsOf(order));
            context.Finish();
            return;
        }

        // "特价商品能开发票吗": yes, every order, free of charge, before anything else.
        if (first && CanIssueQuestion().IsMatch(context.Normalized))
        {
            context.Say("invoice.can_issue", context.SlotsOf(order));
        }

        if (first && await EarlierRequestAsync(context, order, changed, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (state.Step is null && state.Values.ContainsKey(PaperKey))
        {
            context.Say("invoice.paper_ok", context.SlotsOf(order));
        }

        await NextAsync(context, order, cancellationToken).ConfigureAwait(false);
    }

    private static async Task NextAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        var values = context.State.Values;
        var company = values.GetValueOrDefault(TypeKey) == nameof(InvoiceTitleType.Company);
        if (!values.ContainsKey(TypeKey))
        {
            Ask(context, "invoice.ask_title_type", DialogSteps.AskTitleType);
            context.Suggest("个人", "公司");
        }
        else if (!values.ContainsKey(TitleKey))
        {
            Ask(context, context.State.Step == DialogSteps.AskTitle ? "invoice.ask_title_again" : company ? "invoice.ask_company_title" : "invoice.ask_title", DialogSteps.AskTitle);
        }
        else if (company && !values.ContainsKey(TaxKey))
        {
            // A tax number that failed its check was answered already: the buyer is asked only once.
            Ask(context, context.Replies.Count > 0 ? null : "invoice.ask_tax_number", DialogSteps.AskTaxNumber);
        }
        else if (!values.ContainsKey(EmailKey) && !values.ContainsKey(PaperKey))
        {
            Ask(context, "invoice.ask_email", DialogSteps.AskEmail);
            context.Suggest("要纸质发票");
        }
        else
        {
            await RecordAsync(context, order, company, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Takes every field the message holds, each replacing what was given before (a correction overwrites); true when
    /// something changed. An answer that gives nothing to the pending question is marked as a failed turn.
    /// </summary>
    private static bool Read(FlowContext context)
    {
        var values = context.State.Values;
        var step = context.State.Step;
        var facts = context.Facts.Invoice;
        var changed = false;
        if (facts?.TitleType is { } type)
        {
            changed |= Set(values, TypeKey, type.ToString());
            if (facts.Title is null && values.GetValueOrDefault(TitleKey) is { } title && !TitleFits(title, type))
            {
                values.Remove(TitleKey);
            }
        }

        changed |= Set(values, TitleKey, facts?.Title);
        // Asked for a tax number, a bare code is one whatever its shape; elsewhere only the reader's checked ones count.
        var asked = step == DialogSteps.AskTaxNumber && facts?.TaxNumber is null ? InvoiceFields.TaxNumberCandidate(context.Text) : null;
        var tax = facts?.TaxNumber ?? (asked is not null && InvoiceFields.IsValidCreditCode(asked) ? asked : null);
        var invalid = facts?.InvalidTaxNumber ?? (asked is not null && tax is null ? asked : null);
        changed |= Set(values, TaxKey, tax);
        changed |= Set(values, EmailKey, facts?.Email);
        if (facts?.Medium is { } medium)
        {
            changed |= medium == InvoiceMedium.Paper ? Set(values, PaperKey, "yes") : values.Remove(PaperKey);
        }

        if (context.Facts.PersonNames.Count > 0)
        {
            values[NameKey] = context.Facts.PersonNames[0];
        }
        else if (SelfIntroduction().Match(context.Normalized) is { Success: true } self && PersonNames.Leading(self.Groups["run"].Value) is { } own)
        {
            values[NameKey] = own;
        }

        if (ReissueWords().IsMatch(context.Normalized))
        {
            values[ReissueKey] = "yes";
        }

        // "林莉 刚说了呀": a name said now or in any earlier message of the flow is a personal title.
        if (!values.ContainsKey(TitleKey) && values.GetValueOrDefault(TypeKey) == nameof(InvoiceTitleType.Personal) && values.GetValueOrDefault(NameKey) is { } name)
        {
            changed |= Set(values, TitleKey, name);
        }

        if (invalid is not null && tax is null)
        {
            context.Say("invoice.invalid_tax_number");
            context.Fail();
        }
        else if (!changed && step is DialogSteps.AskTitleType or DialogSteps.AskTitle or DialogSteps.AskTaxNumber or DialogSteps.AskEmail)
        {
            context.Fail();
        }

        return changed;
    }

    /// <summary>"不对 是公司" after a person's name: the name is no company title, so it is asked for again.</summary>
    private static bool TitleFits(string title, InvoiceTitleType type) =>
        type == InvoiceTitleType.Company ? title.Length > 4 : title.Length <= 4;

    /// <summary>
    /// What the buyer already asked for on this order: "发票开了吗" is answered from it; a re-issue or a correction
    /// starts from its fields, so only the change needs saying. True when the turn is answered.
    /// </summary>
    private static async Task<bool> EarlierRequestAsync(FlowContext context, Order order, bool changed, CancellationToken cancellationToken)
    {
        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        var earlier = cases.Where(c => c.Kind == CaseKind.InvoiceRequest && c.Status != CaseStatus.Cancelled).OrderByDescending(c => c.CreatedAt).FirstOrDefault();
        var values = context.State.Values;
        var asksStatus = StatusWords().IsMatch(context.Normalized) && !changed;
        if (earlier is null)
        {
            if (asksStatus)
            {
                context.Say("invoice.status_none", context.SlotsOf(order));
            }

            return false;
        }

        if (asksStatus || (!changed && !values.ContainsKey(ReissueKey)))
        {
            context.Say(earlier.Status == CaseStatus.Resolved ? "invoice.status_issued" : "invoice.status_open", Slots(context, order, earlier.InvoiceTitle, earlier.Email));
            context.Finish();
            return true;
        }

        // Issued already: a new title needs the old invoice credited first, which a person does.
        if (earlier.Status == CaseStatus.Resolved)
        {
            values[ReissueKey] = "yes";
        }
        else
        {
            values.Remove(ReissueKey);
        }

        values[ReplacesKey] = earlier.Id;
        var sameType = !values.TryGetValue(TypeKey, out var type) || type == earlier.InvoiceTitleType?.ToString();
        Keep(values, TypeKey, earlier.InvoiceTitleType?.ToString());
        if (sameType)
        {
            Keep(values, TitleKey, earlier.InvoiceTitle);
            Keep(values, TaxKey, earlier.TaxNumber);
        }

        Keep(values, EmailKey, earlier.Email);
        if (earlier.Email is null && !values.ContainsKey(EmailKey))
        {
            Keep(values, PaperKey, "yes");
        }
        return false;
    }

    private static async Task RecordAsync(FlowContext context, Order order, bool company, CancellationToken cancellationToken)
    {
        var values = context.State.Values;
        var type = company ? InvoiceTitleType.Company : InvoiceTitleType.Personal;
        var paper = values.ContainsKey(PaperKey);
        var reissue = values.ContainsKey(ReissueKey);
        var notes = new List<string> { paper ? "纸质发票，寄到订单收货地址，邮费由店铺承担" : "电子发票" };
        if (values.GetValueOrDefault(ReplacesKey) is { } replaced)
        {
            notes.Add(reissue ? $"重开：替换已开出的发票（原申请{replaced}），需先红冲" : $"更正：替换原申请{replaced}");
        }
        else if (reissue)
        {
            notes.Add("重开：买家说原发票抬头开错，需先红冲");
        }

        var email = paper ? null : values[EmailKey];
        await context.Actions.RequestInvoiceAsync(context.Turn, order.OrderNumber, type, values[TitleKey], company ? values.GetValueOrDefault(TaxKey) : null, email, string.Join("；", notes), cancellationToken).ConfigureAwait(false);
        var slots = new Dictionary<string, string?>(Slots(context, order, values[TitleKey], email))
        {
            [TemplateSlots.TaxNumber] = values.GetValueOrDefault(TaxKey),
        };
        var template = (reissue, paper, company) switch
        {
            (true, _, _) => "invoice.reissue",
            (_, true, _) => "invoice.requested_paper",
            (_, _, true) => "invoice.requested_company",
            _ => "invoice.requested",
        };
        context.Say(template, slots);
        if (reissue)
        {
            context.NeedPerson(Reissue);
        }

        context.Finish();
    }

    private static Dictionary<string, string?> Slots(FlowContext context, Order order, string? title, string? email) =>
        new(context.SlotsOf(order))
        {
            [TemplateSlots.InvoiceTitle] = title,
            [TemplateSlots.Email] = email ?? "订单收货地址",
        };

    private static void Ask(FlowContext context, string? templateId, string step)
    {
        if (templateId is not null)
        {
            context.Say(templateId);
        }

        context.Await(step);
    }

    private static bool Set(Dictionary<string, string> values, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || values.GetValueOrDefault(key) == value)
        {
            return false;
        }

        values[key] = value;
        return true;
    }

    private static void Keep(Dictionary<string, string> values, string key, string? value)
    {
        if (value is not null)
        {
            values.TryAdd(key, value);
        }
    }

    [GeneratedRegex("开错|重开|重新开|换开|改开|红冲|抬头错|抬头写错|抬头不对|开成(了)?个人|开成(了)?公司")]
    private static partial Regex ReissueWords();

    [GeneratedRegex("开了(吗|没|嘛)|开好了|开出来|开好没|发票呢|收到发票|没收到发票|发票(什么时候|啥时候|多久)(到|开|发)|进度|怎么还没|还没(收到|开)")]
    private static partial Regex StatusWords();

    [GeneratedRegex("我是(?<run>[\\u4e00-\\u9fff]{2,4})|我叫(?<run>[\\u4e00-\\u9fff]{2,4})")]
    private static partial Regex SelfIntroduction();

    [GeneratedRegex("(能|可以|能不能|可不可以)开(发票|票|专票|普票|纸质|电子)?(吗|嘛|么)|开不开(发票|票)|有(没有)?发票(吗|嘛)?|给开(发票|票)(吗|嘛)")]
    private static partial Regex CanIssueQuestion();
}
